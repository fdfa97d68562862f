using StaticPlans.Model;

namespace StaticPlans.Search;

/// <summary>Turns the site model into search units: per plan an intro unit (title, summary, text before the first heading) and one unit per section.</summary>
public static class SearchUnits
{
    public static IReadOnlyList<SearchUnit> From(Site site)
    {
        var units = new List<SearchUnit>();
        foreach (var plan in site.Plans)
        {
            var intro = plan.Summary.Length == 0 ? plan.IntroText : plan.IntroText.Length == 0 ? plan.Summary : plan.Summary + "\n" + plan.IntroText;
            units.Add(new SearchUnit(plan.Path, null, plan.Title, plan.Year, plan.Kind, plan.KindName, plan.Bureau, plan.Title, 1, intro, plan.Topics, plan.DocNo ?? "", plan.IndexNo ?? ""));
            foreach (var section in plan.Sections)
            {
                units.Add(new SearchUnit(plan.Path, section.Id, plan.Title, plan.Year, plan.Kind, plan.KindName, plan.Bureau, section.Heading, section.Level, section.OwnText, plan.Topics, plan.DocNo ?? "", plan.IndexNo ?? ""));
            }
        }

        return units;
    }

    /// <summary>Kinds and topics with their names, in the order site.yml lists them (the order facets are shown in).</summary>
    public static SearchFacetNames FacetNames(SiteConfig config) => new(
        config.Kinds.Select(k => new KeyValuePair<string, string>(k.Key, k.Value)).ToList(),
        config.Topics.Select(t => new KeyValuePair<string, string>(t.Slug, t.Name)).ToList());
}
