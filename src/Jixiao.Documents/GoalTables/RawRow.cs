using Jixiao.Documents.Grid;

namespace Jixiao.Documents.GoalTables;

/// <summary>One body row of an indicator table: the text under each heading (aligned with
/// <see cref="IndicatorHeader.Columns"/>) and where the row is.</summary>
/// <remarks>A row of a text table is placed by its first cell, whose "第 N 行" is made only when a message names the
/// row: most rows never are, and a string per row was a cost of every read.</remarks>
internal sealed class RawRow
{
    private readonly GridCell _first;
    private string? _place;

    public RawRow(IReadOnlyList<string> values, string place, int line)
    {
        Values = values;
        _place = place;
        Line = line;
    }

    /// <summary>A row placed where its first cell is.</summary>
    public RawRow(IReadOnlyList<string> values, GridCell first)
    {
        Values = values;
        _first = first;
        Line = first.Line;
    }

    public IReadOnlyList<string> Values { get; }

    public string Place => _place ??= _first.Place;

    public int Line { get; }

    public bool IsEmpty => Values.All(v => v.Length == 0);
}
