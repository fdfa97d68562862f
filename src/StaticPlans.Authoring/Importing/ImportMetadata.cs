namespace StaticPlans.Authoring.Importing;

/// <summary>Front matter values found in a document; null where the document did not say.</summary>
public sealed record ImportMetadata(string? Title, int? Year, string? Kind, DateOnly? Date, string? Bureau, string? DocNo);
