using System.Text;
using StaticPlans.Search;

namespace StaticPlans.Tests.Search;

public class TextDictionaryTests
{
    [Fact]
    public void Plan_texts_read_through_the_shared_dictionary_show_their_sections_and_take_far_less_than_deflated_alone()
    {
        // Plans of one bureau repeat its phrases; each plan also holds its own number.
        var units = Enumerable.Range(0, 60).SelectMany(i => new[]
        {
            SearchTestSite.Unit($"p{i:D2}", 2024 - (i % 3), null, "工作计划", $"全面贯彻党的教育方针，落实立德树人根本任务，推动教育高质量发展。第{i}号计划。"),
            SearchTestSite.Unit($"p{i:D2}", 2024 - (i % 3), "s1", "一、学前教育", $"新建幼儿园{i + 3}所，推进学前教育普及普惠安全优质发展，学前三年毛入园率稳步提高。"),
            SearchTestSite.Unit($"p{i:D2}", 2024 - (i % 3), "s2", "二、经费保障", $"全年投入教育经费{3750 + i}万元，严格落实教育经费法定增长要求，保障学校正常运转。"),
        }).ToArray();
        var (files, reader) = SearchTestSite.Build(units);

        var hit = Assert.Single(reader.Search(new SearchQuery("3789万元")).Plans);
        Assert.Equal("plans/2024/p39/", hit.Url);
        Assert.Equal("二、经费保障", hit.Sections[0].Heading);
        var packs = files.Where(f => f.Path.StartsWith("search/text/", StringComparison.Ordinal)).Sum(f => (long)f.Bytes.Length);
        long dictionary = files.Single(f => f.Path == SearchFormat.TextDictionaryPath).Bytes.Length;
        // Even the plans' bare texts (no JSON around them), deflated one plan at a time, take more than twice as much.
        var alone = units.GroupBy(u => u.PlanUrl)
            .Sum(plan => (long)SearchFormat.Deflate(Encoding.UTF8.GetBytes(string.Concat(plan.Select(u => u.Heading + u.Text)))).Length);
        Assert.True(packs * 2 < alone, $"text packs {packs} bytes, plans deflated alone {alone}");
        Assert.True(packs + dictionary < alone, $"text packs {packs} + dictionary {dictionary} bytes, plans deflated alone {alone}");
    }
}
