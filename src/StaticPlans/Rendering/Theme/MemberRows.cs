using Scriban;
using Scriban.Syntax;

namespace StaticPlans.Rendering.Theme;

/// <summary>
/// The bodies of a theme's <c>for</c> loops that are only literal markup and members of the loop's item
/// (<c>{{ for f in figures }}&lt;tr&gt;&lt;td&gt;{{ f.value }}&lt;/td&gt;…{{ end }}</c>), found once when the theme is
/// parsed. <see cref="EscapingTemplateContext"/> writes such a body without Scriban's statement interpreter: the same
/// text, the same values, through the same escaping, so the theme keeps its markup; the iteration itself (limits,
/// offsets, the loop variable, <c>else</c>) stays Scriban's. At 10,000 plans these loops write some 870,000 figure
/// rows, and walking each row's statements cost the interpreter more than reading the row's values.
/// </summary>
internal sealed class MemberRows
{
    private readonly Dictionary<ScriptBlockStatement, Row> _rows = new(ReferenceEqualityComparer.Instance);

    public static MemberRows Of(IEnumerable<Template> templates)
    {
        var rows = new MemberRows();
        foreach (var template in templates)
        {
            if (template.Page is { } page) rows.Collect(page);
        }
        return rows;
    }

    public int Count => _rows.Count;

    /// <summary>Whether <paramref name="body"/> is written here, not by the interpreter.</summary>
    public bool Writes(ScriptBlockStatement body) => _rows.ContainsKey(body);

    /// <summary>
    /// Writes <paramref name="body"/> for the loop's current item, when it is such a body and nothing is unusual (an
    /// item to read, output on); false to let the interpreter evaluate it as always.
    /// </summary>
    public bool TryWrite(TemplateContext context, ScriptBlockStatement body)
    {
        if (!_rows.TryGetValue(body, out var row) || !context.EnableOutput) return false;
        var item = context.GetValue(row.Variable);
        if (item is null) return false;
        var accessor = context.GetMemberAccessor(item);
        foreach (var (statement, member, name) in row.Pieces)
        {
            context.CheckAbort();
            if (statement.CanSkipEvaluation) continue;
            object? value;
            if (member is null || name is null)
            {
                value = context.Evaluate(statement);
            }
            else
            {
                // A member the item lacks, or one that fails, goes the interpreter's way, with whatever that says of it.
                bool found;
                try
                {
                    found = accessor.TryGetValue(context, member.Span, item, name, out value);
                }
                catch (Exception e) when (e is not ScriptRuntimeException)
                {
                    found = false;
                    value = null;
                }
                if (!found) value = context.Evaluate(statement);
            }
            if (value is not null) context.Write(body.Span, value);
        }
        return true;
    }

    private void Collect(ScriptNode node)
    {
        if (node is ScriptForStatement { Variable: ScriptVariable variable, Body: { } body } loop && loop.GetType() == typeof(ScriptForStatement)
            && PiecesOf(body, variable) is { } pieces)
        {
            _rows[body] = new Row(variable, pieces);
        }
        foreach (var child in node.Children)
        {
            if (child is not null) Collect(child);
        }
    }

    private static (ScriptStatement, ScriptMemberExpression?, string?)[]? PiecesOf(ScriptBlockStatement body, ScriptVariable variable)
    {
        var pieces = new List<(ScriptStatement, ScriptMemberExpression?, string?)>();
        foreach (var statement in body.Statements)
        {
            // The `{{`/`}}` around each piece and the loop's `end` are in the body too, evaluated as nothing.
            if (statement.CanSkipEvaluation) continue;
            switch (statement)
            {
                case ScriptRawStatement:
                    pieces.Add((statement, null, null));
                    break;
                case ScriptExpressionStatement { Expression: ScriptMemberExpression { Target: ScriptVariable target, Member: { } name } member }
                    when target.Name == variable.Name && target.Scope == variable.Scope:
                    pieces.Add((statement, member, name.Name));
                    break;
                default:
                    return null;
            }
        }
        return pieces.ToArray();
    }

    private sealed record Row(ScriptVariable Variable, (ScriptStatement Statement, ScriptMemberExpression? Member, string? Name)[] Pieces);
}
