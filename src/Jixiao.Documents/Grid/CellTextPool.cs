namespace Jixiao.Documents.Grid;

/// <summary>
/// The strings of one read's short cell texts, each made once: a goal table repeats its headings (一级指标, 指标值),
/// level names (产出指标, 数量指标), units and values (100%, 是) in every table of a document, and a grid reader asks
/// for a cell's text as a span of the decoded file. Longer texts (indicator names, goals) rarely repeat and are made
/// as they come, so a document without repetition pays no more than one string per cell.
/// </summary>
/// <remarks>One pool per read, never shared between threads; texts are folded to simplified characters
/// (<see cref="TraditionalChinese"/>) as <see cref="GridText.Clean"/> would.</remarks>
internal sealed class CellTextPool
{
    /// <summary>Labels, level names, units and short values fit; the pool's own entry costs about as much as a short
    /// string, so longer texts would only be worth it when they repeat.</summary>
    internal const int MaxPooled = 16;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CellTextPool() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text of a cell given on one line, already trimmed: what <see cref="GridText.Clean"/> makes of it.</summary>
    public string Text(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxPooled || text.Contains('\v') || TraditionalChinese.HasTraditional(text))
        {
            return GridText.Clean(text.ToString());
        }

        if (_lookup.TryGetValue(text, out var made))
        {
            return made;
        }

        made = text.ToString();
        _texts.Add(made, made);
        return made;
    }
}
