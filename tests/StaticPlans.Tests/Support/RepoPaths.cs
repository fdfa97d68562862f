namespace StaticPlans.Tests.Support;

public static class RepoPaths
{
    /// <summary>The repository root (where StaticPlans.sln is): the sample site lives there.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StaticPlans.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("StaticPlans.sln not found above the test folder");
    }
}
