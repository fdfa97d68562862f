namespace StaticPlans.Text;

// Temporary stand-in until the generated fold table lands from the search branch.
public static class TextFolding
{
    public static string Fold(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();
}
