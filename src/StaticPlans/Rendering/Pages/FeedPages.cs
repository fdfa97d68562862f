using System.Globalization;
using System.Text;
using System.Xml;
using StaticPlans.Model;
using StaticPlans.Output;
using StaticPlans.Text;

namespace StaticPlans.Rendering.Pages;

/// <summary>Atom feed, sitemap and robots.txt. Dates come from content, never the clock, so builds are repeatable.</summary>
public static class FeedPages
{
    public const int FeedSize = 50;

    public static OutputFile Atom(PageContext ctx, IReadOnlyList<Plan> plans, string sitePath, string title)
    {
        var newest = plans.Order(FeedOrder.Instance).Take(FeedSize).ToList();
        return Xml(sitePath, w =>
        {
            const string ns = "http://www.w3.org/2005/Atom";
            w.WriteStartElement("feed", ns);
            w.WriteAttributeString("xml", "lang", null, X(ctx.Config.Language));
            w.WriteElementString("title", ns, X(title));
            w.WriteElementString("id", ns, X(ctx.Urls.Absolute(sitePath)));
            // The feed changed when its latest entry did: a revision (updated:) counts, not only a new plan.
            w.WriteElementString("updated", ns, Stamp(newest.Count == 0 ? new DateOnly(2000, 1, 1) : newest.Max(p => p.LastModified)));
            Link(w, ns, "self", ctx.Urls.Absolute(sitePath));
            Link(w, ns, "alternate", ctx.Urls.Absolute(""));
            w.WriteStartElement("author", ns);
            w.WriteElementString("name", ns, X(ctx.Config.Bureau));
            w.WriteEndElement();
            foreach (var plan in newest)
            {
                w.WriteStartElement("entry", ns);
                w.WriteElementString("title", ns, X(plan.Title));
                w.WriteElementString("id", ns, X(ctx.Urls.Absolute(plan.Path)));
                Link(w, ns, "alternate", ctx.Urls.Absolute(plan.Path));
                w.WriteElementString("updated", ns, Stamp(plan.LastModified));
                w.WriteElementString("published", ns, Stamp(plan.Date));
                w.WriteStartElement("author", ns);
                w.WriteElementString("name", ns, X(plan.Bureau));
                w.WriteEndElement();
                foreach (var slug in plan.Topics)
                {
                    w.WriteStartElement("category", ns);
                    w.WriteAttributeString("term", X(slug));
                    w.WriteAttributeString("label", X(ctx.Config.FindTopic(slug)?.Name ?? slug));
                    w.WriteEndElement();
                }
                w.WriteElementString("summary", ns, X(plan.Summary));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    /// <summary>Whether a feed made of <paramref name="plans"/> has an entry for <paramref name="plan"/>: counted, not sorted.</summary>
    public static bool IsInFeed(IReadOnlyList<Plan> plans, Plan plan)
    {
        var ahead = 0;
        foreach (var other in plans)
        {
            if (FeedOrder.Instance.Compare(other, plan) < 0 && ++ahead >= FeedSize) return false;
        }
        return true;
    }

    /// <summary>Feed order: newest date first, then URL; unlike the listings, years do not come first.</summary>
    private sealed class FeedOrder : IComparer<Plan>
    {
        public static FeedOrder Instance { get; } = new();

        public int Compare(Plan? x, Plan? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var byDate = y.Date.CompareTo(x.Date);
            return byDate != 0 ? byDate : string.CompareOrdinal(x.Path, y.Path);
        }
    }

    public static OutputFile Sitemap(PageContext ctx, IEnumerable<(string Path, DateOnly? Modified)> pages) => Xml(SitePaths.Sitemap, w =>
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        w.WriteStartElement("urlset", ns);
        foreach (var (path, modified) in pages)
        {
            w.WriteStartElement("url", ns);
            w.WriteElementString("loc", ns, X(ctx.Urls.Absolute(path)));
            if (modified is { } d) w.WriteElementString("lastmod", ns, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    public static OutputFile Robots(PageContext ctx) =>
        new(SitePaths.Robots, Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {ctx.Urls.Absolute(SitePaths.Sitemap)}\n"));

    /// <summary>
    /// Text as XML can carry it. Plans and site.yml had their control characters reported and replaced when loaded;
    /// this is the last guard (a YAML escape in site.yml, a theme string), so a feed is always well-formed XML.
    /// </summary>
    private static string X(string text) => ControlCharacters.Remove(text);

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+08:00";

    private static void Link(XmlWriter w, string ns, string rel, string href)
    {
        w.WriteStartElement("link", ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("href", X(href));
        w.WriteEndElement();
    }

    private static OutputFile Xml(string path, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            write(w);
            w.WriteEndDocument();
        }
        return new OutputFile(path, stream.ToArray());
    }
}
