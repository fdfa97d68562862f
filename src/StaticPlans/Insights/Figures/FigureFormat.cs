using System.Globalization;

namespace StaticPlans.Insights.Figures;

/// <summary>Formats figures the same way everywhere (tables, charts, CSV-free places): 3,750万元, 98.75%.</summary>
public static class FigureFormat
{
    public static string Number(decimal value) =>
        FigureUnits.Normalize(value).ToString("#,0.####", CultureInfo.InvariantCulture);

    public static string WithUnit(decimal value, string unit) => Number(value) + unit;

    public static string Range(decimal value, decimal? max, string unit) =>
        max is { } upper ? Number(value) + "—" + Number(upper) + unit : WithUnit(value, unit);

    /// <summary>A yuan amount restated in 万元 or 亿元 when that reads better (37500000 → 3,750万元).</summary>
    public static (decimal Value, string Unit) Yuan(decimal yuan) => Math.Abs(yuan) switch
    {
        >= 100_000_000m => (Math.Round(yuan / 100_000_000m, 2), "亿元"),
        >= 10_000m => (Math.Round(yuan / 10_000m, 2), "万元"),
        _ => (yuan, "元"),
    };
}
