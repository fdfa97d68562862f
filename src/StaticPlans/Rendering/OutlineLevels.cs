namespace StaticPlans.Rendering;

/// <summary>
/// The heading level a section is shown at: one below the section it stands in, never deeper than written. Real
/// documents skip levels (`1、` items straight under `一、`, written `####` under `##`); shown as written, the page
/// jumps from h2 to h4 and a screen reader's outline breaks. The page's own h1 is the root. Fed the sections' Markdown
/// levels in document order; the body and the table of contents use the same rule, so they agree.
/// </summary>
public sealed class OutlineLevels
{
    private readonly Stack<(int Written, int Shown)> _open = new();

    public int Next(int writtenLevel)
    {
        while (_open.Count > 0 && _open.Peek().Written >= writtenLevel) _open.Pop();
        var shown = Math.Min(writtenLevel, (_open.Count > 0 ? _open.Peek().Shown : 1) + 1);
        _open.Push((writtenLevel, shown));
        return shown;
    }
}
