using Microsoft.Playwright;
using StaticPlans.Building;

namespace StaticPlans.BrowserTests;

/// <summary>Builds the repository's sample site once, serves it on 127.0.0.1 and starts Debian's Chromium.</summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _output = Path.Combine(Path.GetTempPath(), "sp-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public StaticSiteServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/ensure-chromium.sh (never `playwright install`).");
        }

        var result = SiteBuilder.Build(new BuildOptions(RepositoryRoot(), _output));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The sample site did not build: " + string.Join("\n", result.Diagnostics));
        }

        Server = new StaticSiteServer(_output, "/plans/");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        Server.Dispose();
        Directory.Delete(_output, recursive: true);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "site.yml")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("site.yml not found above the test folder.");
    }
}
