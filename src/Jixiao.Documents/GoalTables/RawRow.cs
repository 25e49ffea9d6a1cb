using System.Collections;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.GoalTables;

/// <summary>One body row of an indicator table: the text under each heading (aligned with
/// <see cref="IndicatorHeader.Columns"/>) and where the row is.</summary>
/// <remarks>A row of a text table is placed by its first cell, whose "第 N 行" is made only when a message names the
/// row: most rows never are, and a string per row was a cost of every read. A row of a flow grid whose cells follow
/// one another in the grid reads its texts from those cells (<see cref="RawRow(GridCell, int)"/>) instead of a copy
/// of them.</remarks>
internal sealed class RawRow : IReadOnlyList<string>
{
    private readonly IReadOnlyList<string>? _values;
    private readonly GridCell _first;
    private readonly int _width;
    private string? _place;

    public RawRow(IReadOnlyList<string> values, string place, int line)
    {
        _values = values;
        _place = place;
        Line = line;
    }

    /// <summary>A row placed where its first cell is.</summary>
    public RawRow(IReadOnlyList<string> values, GridCell first)
    {
        _values = values;
        _first = first;
        Line = first.Line;
    }

    /// <summary>The row of <paramref name="width"/> cells that follow one another in their grid from
    /// <paramref name="first"/> on, placed where the first is.</summary>
    public RawRow(GridCell first, int width)
    {
        _first = first;
        _width = width;
        Line = first.Line;
    }

    /// <summary>The texts, one per heading.</summary>
    public IReadOnlyList<string> Values => _values ?? this;

    public string Place => _place ??= _first.Place;

    public int Line { get; }

    public bool IsEmpty => Values.All(v => v.Length == 0);

    int IReadOnlyCollection<string>.Count => _values?.Count ?? _width;

    string IReadOnlyList<string>.this[int index] => _values is { } values
        ? values[index]
        : (uint)index < (uint)_width ? _first.Following(index).Text : throw new ArgumentOutOfRangeException(nameof(index));

    IEnumerator<string> IEnumerable<string>.GetEnumerator()
    {
        for (var i = 0; i < Values.Count; i++)
        {
            yield return Values[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<string>)this).GetEnumerator();
}
