using System.Collections.Immutable;

namespace StaticPlans.Authoring.Importing;

/// <summary>One block of a source document before headings are decided.</summary>
public abstract record ImportBlock;

/// <summary>
/// A paragraph; <paramref name="StyleLevel"/> is the heading level its Word style declares (1 = Heading 1), or null,
/// and <paramref name="IsTitleStyle"/> marks Word's Title style.
/// </summary>
public sealed record ParagraphBlock(InlineText Text, int? StyleLevel = null, bool IsTitleStyle = false) : ImportBlock;

/// <summary>An item of a bulleted or numbered Word list; <paramref name="Number"/> is its ordinal in an ordered list.</summary>
public sealed record ListItemBlock(InlineText Text, bool Ordered, int Depth, int Number) : ImportBlock;

/// <summary>A table as rows of cells; the first row becomes the header row of the pipe table.</summary>
public sealed record TableBlock(ImmutableArray<ImmutableArray<InlineText>> Rows) : ImportBlock;

/// <summary>A source document read into blocks, with its footnotes in reference order.</summary>
public sealed record ImportedDocument(ImmutableArray<ImportBlock> Blocks, ImmutableArray<ImportedFootnote> Footnotes);

public sealed record ImportedFootnote(string Label, InlineText Text);
