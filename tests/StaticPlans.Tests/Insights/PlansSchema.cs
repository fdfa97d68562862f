using System.Text.Json;
using Json.Schema;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Insights;

/// <summary>
/// The published schemas of the open data (docs/schema/plans.schema.json, index.schema.json), checked with JsonSchema.Net: a full JSON
/// Schema 2020-12 validator, so a keyword the schema gains is checked as a reader's validator would check it.
/// </summary>
internal static class PlansSchema
{
    // Built once each: the library registers a schema by its base URI, and one build serves every test.
    private static readonly Lazy<JsonSchema> Schema = new(() => Load("plans.schema.json"));
    private static readonly Lazy<JsonSchema> IndexSchema = new(() => Load("index.schema.json"));

    private static JsonSchema Load(string name) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", name)));

    /// <summary>
    /// Every violation as "instance location: message"; empty when the document is valid. An "if" that does not hold
    /// chooses the "else" branch and is no violation itself: its messages are left out.
    /// </summary>
    /// <param name="name">plans.schema.json (a plans file) or index.schema.json (data/index.json).</param>
    public static List<string> Validate(JsonElement instance, string name = "plans.schema.json")
    {
        var schema = name == "index.schema.json" ? IndexSchema.Value : Schema.Value;
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if/", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .ToList();
    }
}
