using System.Text.Json;
using Json.Schema;
using StaticPlans.Tests.Support;

namespace StaticPlans.Tests.Insights;

/// <summary>
/// The published schema of plans.json (docs/schema/plans.schema.json), checked with JsonSchema.Net: a full JSON
/// Schema 2020-12 validator, so a keyword the schema gains is checked as a reader's validator would check it.
/// </summary>
internal static class PlansSchema
{
    // Built once: the library registers a schema by its base URI, and one build serves every test.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "plans.schema.json"))));

    /// <summary>Every violation as "instance location: message"; empty when the document is valid.</summary>
    public static List<string> Validate(JsonElement instance)
    {
        var results = Schema.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .ToList();
    }
}
