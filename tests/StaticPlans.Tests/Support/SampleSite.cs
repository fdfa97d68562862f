using StaticPlans.Building;

namespace StaticPlans.Tests.Support;

/// <summary>The repository's sample site, built once for all tests that only read it.</summary>
public sealed class SampleSite : IDisposable
{
    public SampleSite()
    {
        Output = Path.Combine(Path.GetTempPath(), "sp-sample-" + Guid.NewGuid().ToString("N"));
        Result = SiteBuilder.Build(new BuildOptions(RepoPaths.Root, Output));
    }

    public string Output { get; }
    public BuildResult Result { get; }

    public string Read(string sitePath) =>
        File.ReadAllText(Path.Combine(Output, sitePath.EndsWith('/') || sitePath.Length == 0 ? sitePath + "index.html" : sitePath));

    public AngleSharp.Html.Dom.IHtmlDocument Page(string sitePath) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read(sitePath));

    public void Dispose()
    {
        try { Directory.Delete(Output, recursive: true); } catch (IOException) { }
    }
}
