namespace StaticPlans.BrowserTests;

/// <summary>axe-core, installed from npm by scripts/test.sh into tests/StaticPlans.BrowserTests/axe; loaded only by tests.</summary>
internal static class AxeScript
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "site.yml")))
        {
            dir = dir.Parent;
        }

        var path = System.IO.Path.Combine(dir?.FullName ?? ".", "tests", "StaticPlans.BrowserTests", "axe", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: scripts/test.sh installs it (npm ci in tests/StaticPlans.BrowserTests/axe).");
    }
}
