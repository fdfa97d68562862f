using System.Text;
using System.Text.RegularExpressions;

namespace StaticPlans.Tests.Support;

/// <summary>How many lines an editor (and YAML) sees in a file: a lone CR, NEL, LS or PS ends a line as LF does.</summary>
public static partial class EditorLines
{
    public static int Count(byte[] bytes) => LineBreaks().Split(Encoding.UTF8.GetString(bytes)).Length;

    [GeneratedRegex("\r\n|\r|\n|\u0085|\u2028|\u2029")]
    private static partial Regex LineBreaks();
}
