namespace StaticPlans.Cli;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    /// <summary>A fault in StaticPlans itself, not in the site (EX_SOFTWARE of sysexits.h).</summary>
    public const int InternalError = 70;
}
