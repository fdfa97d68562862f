namespace StaticPlans.Text;

/// <summary>
/// Counts in messages that read naturally: "1 plan", "2 plans", "0 errors". Chinese needs no plural ("1 篇", "2 篇"),
/// so only the English forms are chosen here.
/// </summary>
public static class Counts
{
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";
}
