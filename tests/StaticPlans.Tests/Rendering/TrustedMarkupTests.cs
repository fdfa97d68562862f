using StaticPlans.Rendering;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Rendering;

/// <summary>Templates print RawHtml and HtmlFragment unescaped: only the rendering code may make them.</summary>
public class TrustedMarkupTests
{
    [Theory]
    [InlineData(typeof(RawHtml))]
    [InlineData(typeof(HtmlFragment))]
    public void Only_the_rendering_code_wraps_a_string_as_trusted_markup(Type trusted)
    {
        var callers = ConstructorCalls.Of(trusted, trusted.Assembly);

        // The walk finds real constructions (the JSON-LD block, the plan body), so an empty set would be a broken walk.
        Assert.NotEmpty(callers);
        Assert.All(callers, t => Assert.True(
            t.Namespace == "StaticPlans.Rendering" || t.Namespace?.StartsWith("StaticPlans.Rendering.", StringComparison.Ordinal) == true,
            $"{t.FullName} makes {trusted.Name} outside StaticPlans.Rendering"));
        Assert.DoesNotContain(trusted.GetConstructors(), c => c.IsPublic);
    }

    [Fact]
    public void The_constructor_walk_sees_a_construction_outside_rendering()
    {
        // The oracle's control: site.yml's loader makes the site's config, so the walk must name a Loading type.
        var callers = ConstructorCalls.Of(typeof(StaticPlans.Model.SiteConfig), typeof(RawHtml).Assembly);

        Assert.Contains(callers, t => t.Namespace == "StaticPlans.Loading");
    }
}
