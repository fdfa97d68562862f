using System.CommandLine;
using StaticPlans.Loading;

namespace StaticPlans.Cli.Commands;

/// <summary>The fix that SP0111 (file is not UTF-8) points to.</summary>
internal static class ConvertEncodingCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Plan files saved as GBK/GB18030", Arity = ArgumentArity.OneOrMore };
        var command = new Command("convert-encoding", "Convert GBK/GB18030 files to UTF-8 in place (UTF-8 files are left unchanged)") { files };
        command.SetAction(parse =>
        {
            var failed = false;
            foreach (var file in parse.GetValue(files)!)
            {
                if (!File.Exists(file))
                {
                    Console.Error.WriteLine($"{file}: error: no such file");
                    failed = true;
                    continue;
                }
                switch (Gb18030Conversion.ConvertFile(file))
                {
                    case ConversionOutcome.Converted:
                        Console.WriteLine($"{file}: converted from GB18030 to UTF-8");
                        break;
                    case ConversionOutcome.AlreadyUtf8:
                        Console.WriteLine($"{file}: already UTF-8, not changed");
                        break;
                    default:
                        Console.Error.WriteLine($"{file}: error: neither UTF-8 nor GBK/GB18030, not changed; open it in an editor and save it as UTF-8");
                        failed = true;
                        break;
                }
            }
            return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
