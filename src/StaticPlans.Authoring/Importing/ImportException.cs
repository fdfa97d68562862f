namespace StaticPlans.Authoring.Importing;

/// <summary>A source document that cannot be imported; the message names the file and says why.</summary>
public sealed class ImportException(string message) : Exception(message);
