using System.CommandLine;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;

namespace StaticPlans.Cli.Commands;

/// <summary>The fix that SP0111 (file is not UTF-8) points to.</summary>
internal static class ConvertEncodingCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = Messages.Text("usage.convert.files"), Arity = ArgumentArity.OneOrMore };
        var command = new Command("convert-encoding", Messages.Text("usage.convert")) { files };
        command.SetAction(parse =>
        {
            var failed = false;
            foreach (var file in parse.GetValue(files)!)
            {
                if (!File.Exists(file))
                {
                    Console.Error.WriteLine($"{file}: error: {Messages.Text("cli.convert.missing")}");
                    failed = true;
                    continue;
                }
                switch (Gb18030Conversion.ConvertFile(file))
                {
                    case ConversionOutcome.Converted:
                        Console.WriteLine($"{file}: {Messages.Text("cli.convert.converted")}");
                        break;
                    case ConversionOutcome.AlreadyUtf8:
                        Console.WriteLine($"{file}: {Messages.Text("cli.convert.already")}");
                        break;
                    default:
                        Console.Error.WriteLine($"{file}: error: {Messages.Text("cli.convert.unknown")}");
                        failed = true;
                        break;
                }
            }
            return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
