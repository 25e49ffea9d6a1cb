namespace Jixiao.Documents.Grid;

/// <summary>
/// Finding labels and their values in a <see cref="CellGrid"/>. A label's value is, in this order: what follows
/// its colon in the same cell; the first non-empty cell right of it in its row, as long as no other label comes
/// first; the cell under it, but only where labels stand side by side as column heads ("中期目标 | 年度目标" over
/// the two texts) — an empty cell beside a label is an empty value, not a reason to look further. A label merged
/// over rows of its own label | value pairs has the pairs as its value.
/// </summary>
public static class GridSearch
{
    /// <summary>The label a cell is, or null. A cell "标签：值", or a label run together with a number
    /// ("其中:上级资金16"), is a label with an inline value.</summary>
    public static GridLabel? LabelOf(GridCell cell, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return cell.IsEmpty ? null : cell.LabelIn(labels);
    }

    /// <summary>The match of the label a cell is (<c>LabelOf(cell, labels)?.Match</c>) without making the label: the
    /// goal-table reader asks it of every cell of every row (a head label? the end of a block?), and a cell of a short
    /// text is answered by its text once per read.</summary>
    internal static LabelMatch? LabelMatchOf(GridCell cell, LabelSet labels) => cell.IsEmpty ? null : cell.LabelMatchIn(labels);

    /// <summary>The label a cell of <paramref name="text"/> is: it depends on the text alone (<paramref name="key"/> and
    /// <paramref name="match"/> are the text's key and match in <paramref name="labels"/>).</summary>
    internal static TextLabel? Find(string text, string key, LabelMatch? match, LabelSet labels)
    {
        if (match is not null)
        {
            return new TextLabel(match, null, text);
        }

        // GridText.SplitInline, with the value made only for a label: most cells with a colon are not one ("目标1：…").
        if (GridText.InlineColon(text) is var colon and > 0 && text.AsSpan(0, colon).Trim() is { Length: > 0 and <= 60 } before
            && before.ToString() is var label && labels.Match(label) is { } inlineMatch)
        {
            return new TextLabel(inlineMatch, text[(colon + 1)..].Trim(), label);
        }

        return labels.MatchStartOfKey(key) is { } start ? new TextLabel(start.Match, start.Value, start.Match.Label) : null;
    }

    /// <summary>Every label in rows <paramref name="fromRow"/> to <paramref name="toRow"/>, in reading order.</summary>
    public static IEnumerable<GridLabel> Labels(CellGrid grid, LabelSet labels, int fromRow = 0, int toRow = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(grid);
        foreach (var cell in grid.StartingIn(fromRow, toRow == int.MaxValue ? int.MaxValue : toRow + 1))
        {
            if (LabelOf(cell, labels) is { } label)
            {
                yield return label;
            }
        }
    }

    /// <summary>The value of <paramref name="label"/>, or null when it has none; <paramref name="isLabel"/> tells
    /// which cells are labels themselves (a value never is one). <paramref name="lookBelow"/> allows the cell
    /// below for labels whose forms print their value under them (goal texts), not for amounts.</summary>
    public static GridValue? ValueOf(CellGrid grid, GridLabel label, Func<GridCell, bool> isLabel, bool lookBelow = true)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(isLabel);
        if (label.InlineValue is { Length: > 0 } inline)
        {
            return new GridValue(inline, label.Cell);
        }

        return RightOf(grid, label.Cell, isLabel) ?? (lookBelow ? BelowOf(grid, label.Cell, isLabel) : null);
    }

    /// <summary>The first non-empty cell right of <paramref name="label"/> in its first row, unless a label comes
    /// before it.</summary>
    public static GridValue? RightOf(CellGrid grid, GridCell label, Func<GridCell, bool> isLabel)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(isLabel);
        foreach (var cell in grid.Row(label.Row))
        {
            if (cell.Column <= label.LastColumn || cell.IsEmpty)
            {
                continue;
            }

            return isLabel(cell) ? null : SubLabelled(grid, label, isLabel) ?? new GridValue(cell.Text, cell);
        }

        return null;
    }

    /// <summary>The value of a label merged over rows that each hold a label of their own and its value
    /// ("项目实施计划" over "组织实施单位 | 甘肃省文物局" and "监督管理单位 | 嘉峪关文旅局"): the pairs as lines
    /// "组织实施单位：甘肃省文物局", so a cell that is itself a label is never taken as the value, even when the
    /// vocabulary does not know it. Null when any row beside the label is not such a pair.</summary>
    private static GridValue? SubLabelled(CellGrid grid, GridCell label, Func<GridCell, bool> isLabel)
    {
        if (label.RowSpan < 2 || grid.IsFlow)
        {
            return null;
        }

        var lines = new List<string>(label.RowSpan);
        GridCell? first = null;
        for (var row = label.Row; row <= label.LastRow; row++)
        {
            GridCell? sub = null, value = null;
            foreach (var cell in grid.StartingIn(row))
            {
                if (cell.Column <= label.LastColumn || cell.IsEmpty)
                {
                    continue;
                }

                if (value is not null || isLabel(cell))
                {
                    return null; // more than a pair, or a known label: read on its own
                }

                if (sub is null)
                {
                    sub = cell;
                }
                else
                {
                    value = cell;
                }
            }

            if (sub is not { } s || value is not { } v || s.RowSpan > 1)
            {
                return null;
            }

            first ??= s;
            lines.Add($"{s.Text}：{v.Text}");
        }

        return new GridValue(string.Join('\n', lines), first!.Value);
    }

    /// <summary>The non-empty, non-label cell right under <paramref name="label"/> when the label is one of a row
    /// of column heads (a label directly beside it), or null; in a flow grid only when its row and the next have as
    /// many cells.</summary>
    public static GridValue? BelowOf(CellGrid grid, GridCell label, Func<GridCell, bool> isLabel)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(isLabel);
        var left = grid.At(label.Row, label.Column - 1);
        var right = grid.At(label.Row, label.LastColumn + 1);
        if (!((left is { } l && isLabel(l)) || (right is { } r && isLabel(r))))
        {
            return null;
        }

        // A flow grid (the text layout) keeps a cell's place in its row: the cell below is the one at the same place
        // when the two rows have as many cells (a merged label's continuation is an empty cell), else it is not known.
        if (grid.IsFlow && grid.StartingIn(label.Row).Count != grid.StartingIn(label.Row + 1).Count)
        {
            return null;
        }

        return grid.Below(label) is { IsEmpty: false } below && !isLabel(below) ? new GridValue(below.Text, below) : null;
    }
}
