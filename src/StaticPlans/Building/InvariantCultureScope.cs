using System.Globalization;

namespace StaticPlans.Building;

/// <summary>
/// Runs a build under the invariant culture and restores the caller's afterwards. Output is the same under any
/// locale: under th-TH or ar-SA a date formatted with the current culture is in the Buddhist (2567) or Hijri (1446)
/// calendar, and templates and number formatting read the current culture too. The culture flows with the
/// execution context, so the build's parallel workers run under it as well.
/// </summary>
internal readonly struct InvariantCultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private InvariantCultureScope(CultureInfo culture, CultureInfo uiCulture)
    {
        _culture = culture;
        _uiCulture = uiCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    public static InvariantCultureScope Enter() => new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
