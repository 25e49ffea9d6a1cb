using Jixiao.Documents.Grid;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// The heading row (or two rows) of an indicator table, found by content: a row is a heading when it names at least
/// two of the level columns (一级/二级/三级指标, 指标内容), or one of them and a value column among three recognised
/// headings. Each column gets what it holds from the synonyms of Data/columns.json, the user's corrections first.
/// Where the table prints a 中期/长期 and a 年度 part (qualified headings, or the same heading twice), the annual part
/// is read and the other kept.
/// </summary>
internal sealed class IndicatorHeader
{
    private static readonly string[] LongTermWords = ["长期", "中期", "实施期", "实施周期", "总体"];
    private static readonly string[] AnnualWords = ["年度", "当年", "本年"];

    /// <summary>Data headings read from their last occurrence when printed twice.</summary>
    private static readonly GoalColumn[] DataColumns =
        [GoalColumn.Level2, GoalColumn.Name, GoalColumn.Description, GoalColumn.Target, GoalColumn.TargetBasis, GoalColumn.Weight];

    private IndicatorHeader(CellGrid grid, int row, int lastRow, IReadOnlyList<ColumnMapping> columns, bool longTermBlock)
    {
        Grid = grid;
        Row = row;
        LastRow = lastRow;
        Columns = columns;
        LongTermBlock = longTermBlock;
    }

    public CellGrid Grid { get; }

    public int Row { get; }

    /// <summary>The last heading row (a second row of sub-headings under merged ones).</summary>
    public int LastRow { get; }

    /// <summary>The columns left to right; in a flow grid one per heading cell.</summary>
    public IReadOnlyList<ColumnMapping> Columns { get; }

    /// <summary>The block is labelled 长期/中期绩效指标 (a second block, 年度绩效指标, usually follows).</summary>
    public bool LongTermBlock { get; }

    public string Place => Grid.At(Row, Columns[0].FirstColumn)?.Place is { Length: > 0 } place ? place : $"第 {Row + 1} 行";

    public bool Has(GoalColumn column) => Columns.Any(c => c.Column == column && !c.LongTerm);

    /// <summary>The heading at <paramref name="row"/>, or null when the row is not one.</summary>
    public static IndicatorHeader? Find(CellGrid grid, int row, ReadOptions options)
    {
        var cells = grid.IsFlow ? grid.StartingIn(row) : grid.Row(row);
        if (cells.Count < 2 || !MayBeHeading(cells, options))
        {
            return null;
        }

        return Build(grid, row, cells, options);
    }

    /// <summary>True when <see cref="Find"/> finds a heading in <paramref name="row"/>, without building it: the end of
    /// a block and a grid's first heading are questions, asked again of the row that <see cref="Find"/> then reads.</summary>
    public static bool IsAt(CellGrid grid, int row, ReadOptions options)
    {
        var cells = grid.IsFlow ? grid.StartingIn(row) : grid.Row(row);
        return cells.Count >= 2 && MayBeHeading(cells, options) && Heads(cells, options, null);
    }

    /// <remarks>Apart from <see cref="Find"/>: its lambdas would otherwise make a closure on every row asked.</remarks>
    private static IndicatorHeader? Build(CellGrid grid, int row, GridCellList cells, ReadOptions options)
    {
        var matches = new (GoalColumn? Column, LabelMatch? Match, bool Override)[cells.Count];
        if (!Heads(cells, options, matches))
        {
            return null;
        }

        if (grid.IsFlow)
        {
            var flow = new List<ColumnMapping>(cells.Count);
            var longTerm = false;
            for (var i = 0; i < cells.Count; i++)
            {
                flow.Add(Mapping(cells[i].Text, matches[i], i, i, options, cells[i].Key));

                // A side label "长期绩效指标" makes the block a long-term one, as in a positional grid (Leaves).
                longTerm |= matches[i].Column == GoalColumn.Block && ContainsAny(cells[i].Text, LongTermWords) && !ContainsAny(cells[i].Text, AnnualWords);
            }

            if (FlowSubHeadings(grid, row, cells, flow, options) is { } leaves)
            {
                return new IndicatorHeader(grid, row, row + 1, Resolve(leaves), longTerm);
            }

            return new IndicatorHeader(grid, row, row, Resolve(flow), longTerm);
        }

        var lastRow = HasSubHeadings(grid, row, options) ? row + 1 : row;
        var (columns, longTermBlock) = Leaves(grid, row, lastRow, options);
        return new IndicatorHeader(grid, row, lastRow, Resolve(columns), longTermBlock);
    }

    /// <summary>True when the cells name two levels, or a level and a value among three headings; each cell's column
    /// kind goes into <paramref name="matches"/> when given.</summary>
    private static bool Heads(GridCellList cells, ReadOptions options, (GoalColumn? Column, LabelMatch? Match, bool Override)[]? matches)
    {
        // Loops, not queries: a body row with two heading-like cells comes here too, once per row of every block.
        var levelKinds = 0u; // a bit per level column kind: no set for each row asked
        var values = false;
        var recognised = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var match = Classify(cells[i], options);
            if (matches is not null)
            {
                matches[i] = match;
            }

            if (match.Column is not { } kind)
            {
                continue;
            }

            recognised += kind == GoalColumn.Block ? 0 : 1;
            values |= kind is GoalColumn.Target or GoalColumn.LongTermTarget;
            if (kind is GoalColumn.Level1 or GoalColumn.Level2 or GoalColumn.Name or GoalColumn.NameOrDescription)
            {
                levelKinds |= 1u << (int)kind;
            }
        }

        var levels = System.Numerics.BitOperations.PopCount(levelKinds);
        return levels >= 2 || (levels >= 1 && values && recognised >= 3);
    }

    /// <summary>The heading cell as the user's corrections and the synonyms see it (with the key and match the cell
    /// keeps).</summary>
    private static (GoalColumn? Column, LabelMatch? Match, bool Override) Classify(GridCell cell, ReadOptions options)
    {
        if (cell.Key.Length > 0 && options.ColumnOverrides.TryGetValue(cell.Key, out var chosen))
        {
            return (chosen, null, true);
        }

        var match = cell.MatchIn(GoalVocabulary.Columns);
        return (GoalVocabulary.ColumnOf(match), match, false);
    }

    /// <summary>The test of <see cref="Find"/> without building anything: almost every row asked is a body row
    /// with at most one cell that reads like a heading.</summary>
    private static bool MayBeHeading(GridCellList cells, ReadOptions options)
    {
        var recognised = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            if (Classify(cells[i], options).Column is not null)
            {
                recognised++;
            }
        }

        return recognised >= 2;
    }

    /// <summary>The leaves of a heading of two rows in a flow grid (the text layout), or null when the next row is no
    /// second heading row. The text prints a heading cell merged down as an empty cell in the second row, and one merged
    /// across as one cell over the run of headings under it ("指标值" over "2021年实际实现值 | 预期2022年实现值"): read
    /// along both rows, each empty cell below stands under one heading above and each run of headings below under
    /// the next one. The second row has more cells than the first, every non-empty one a heading, and the two rows
    /// line up so; otherwise the heading is the first row alone.</summary>
    private static List<ColumnMapping>? FlowSubHeadings(CellGrid grid, int row, GridCellList cells, List<ColumnMapping> top, ReadOptions options)
    {
        var below = grid.StartingIn(row + 1);
        if (below.Count <= cells.Count)
        {
            return null; // every table of the seed's layout: a body row as wide as its heading
        }

        var runs = 0;
        var empties = 0;
        for (var i = 0; i < below.Count; i++)
        {
            if (below[i].IsEmpty)
            {
                empties++;
            }
            else if (Classify(below[i], options).Column is null or GoalColumn.Block)
            {
                return null;
            }
            else if (i == 0 || below[i - 1].IsEmpty)
            {
                runs++;
            }
        }

        if (runs == 0 || empties + runs != cells.Count)
        {
            return null;
        }

        var leaves = new List<ColumnMapping>(below.Count);
        var above = -1;
        for (var i = 0; i < below.Count; i++)
        {
            var leaf = below[i];
            if (leaf.IsEmpty || i == 0 || below[i - 1].IsEmpty)
            {
                above++;
            }

            if (leaf.IsEmpty)
            {
                leaves.Add(top[above] with { FirstColumn = i, LastColumn = i });
                continue;
            }

            var header = GridText.OneLine(cells[above].Text + "/" + leaf.Text);
            var found = Classify(leaf, options);
            if (options.ColumnOverrides.TryGetValue(GridText.Key(header), out var overridden))
            {
                found = (overridden, null, true);
            }

            leaves.Add(Mapping(header, found, i, i, options));
        }

        return leaves;
    }

    /// <summary>A second heading row: every non-empty cell starting in it is a heading, under a merged heading.</summary>
    private static bool HasSubHeadings(CellGrid grid, int row, ReadOptions options)
    {
        var below = grid.StartingIn(row + 1).Where(c => !c.IsEmpty).ToList();
        if (below.Count == 0 || !grid.Row(row).Any(c => c.ColumnSpan > 1 && below.Any(b => b.Column >= c.Column && b.Column <= c.LastColumn)))
        {
            return false;
        }

        return below.All(c => Classify(c, options).Column is not null and not GoalColumn.Block);
    }

    /// <summary>One column per heading cell of the lowest heading row, with the headings above it.</summary>
    private static (List<ColumnMapping> Columns, bool LongTermBlock) Leaves(CellGrid grid, int row, int lastRow, ReadOptions options)
    {
        var columns = new List<ColumnMapping>();
        var longTermBlock = false;
        var column = 0;
        while (column < grid.ColumnCount)
        {
            var top = grid.At(row, column);
            if ((grid.At(lastRow, column) ?? top) is not { } leaf)
            {
                column++;
                continue;
            }

            var first = Math.Max(column, leaf.Column);
            var last = leaf.LastColumn;
            var texts = new List<string>();
            if (top is { } above && above != leaf && !above.IsEmpty)
            {
                texts.Add(above.Text);
            }

            if (!leaf.IsEmpty)
            {
                texts.Add(leaf.Text);
            }

            var header = GridText.OneLine(string.Join("/", texts));
            var leafClass = Classify(leaf, options);
            var topClass = top is { } upper && upper != leaf ? Classify(upper, options) : default;
            var chosen = leafClass.Column is not null ? leafClass : topClass;
            if (options.ColumnOverrides.TryGetValue(GridText.Key(header), out var overridden))
            {
                chosen = (overridden, null, true);
            }

            // A side label spanning the rows below ("绩效指标" printed down the block) holds no data.
            var leftmost = columns.All(c => c.Column is GoalColumn.Ignore or GoalColumn.Block);
            var isSide = chosen.Column == GoalColumn.Block || (leaf.LastRow > lastRow && leftmost && chosen.Column is null);
            if (isSide)
            {
                chosen = (GoalColumn.Block, chosen.Match, chosen.Override);
                longTermBlock |= ContainsAny(leaf.Text, LongTermWords) && !ContainsAny(leaf.Text, AnnualWords);
            }

            var mapping = Mapping(header, chosen, first, last, options);
            if (top is { } topCell && topCell != leaf && topClass.Match?.Qualifier is { Length: > 0 } topQualifier)
            {
                mapping = mapping with { LongTerm = mapping.LongTerm || IsLongTerm(topQualifier) };
            }

            columns.Add(mapping);
            column = last + 1;
        }

        return (columns, longTermBlock);
    }

    private static ColumnMapping Mapping(string header, (GoalColumn? Column, LabelMatch? Match, bool Override) found, int first, int last, ReadOptions options,
        string? key = null)
    {
        key ??= GridText.Key(header);
        if (found.Override)
        {
            var how = options.LayoutName is { Length: > 0 } name ? $"用户指定（版式“{name}”）" : "用户指定";
            return new ColumnMapping(header, first, last, found.Column!.Value, 1.0, how) { Key = key };
        }

        if (found.Column is not { } column)
        {
            return new ColumnMapping(header, first, last, header.Length == 0 ? GoalColumn.Ignore : GoalColumn.Extra, 0,
                header.Length == 0 ? "空表头，不读取" : "未识别的表头，整列保留为其他列") { Key = key };
        }

        if (found.Match is not { } match)
        {
            // A side label known by its place only (spanning the rows below at the left, its words no heading the
            // vocabulary knows, e.g. "绩" where a page cut "绩效指标" short): no data, no synonym to name.
            return new ColumnMapping(header, first, last, column, 1.0, "侧栏标题（按位置识别）") { Key = key };
        }

        var longTerm = IsLongTerm(match.Qualifier) || (ContainsAny(header, LongTermWords) && !ContainsAny(header, AnnualWords) && column is not GoalColumn.LongTermTarget and not GoalColumn.Block);
        var reason = match.Kind switch
        {
            LabelMatchKind.Exact => "表头同义词",
            LabelMatchKind.Qualified => $"表头同义词（括号中的“{match.Qualifier}”不影响含义）",
            _ => $"近似匹配“{header}”（可能有错别字，请确认）",
        };
        if (longTerm && column == GoalColumn.Target)
        {
            column = GoalColumn.LongTermTarget;
        }

        return new ColumnMapping(header, first, last, column, match.Confidence, longTerm ? reason + "；属中期/长期部分，保留不作年度指标" : reason)
        {
            Key = key,
            LongTerm = longTerm && column is not GoalColumn.LongTermTarget,
        };
    }

    /// <summary>Settles what depends on the other columns: 指标内容 is the 三级 name only where no 三级 column is; a
    /// data heading printed twice (中期 part, then 年度 part) is read from its last occurrence.</summary>
    private static List<ColumnMapping> Resolve(List<ColumnMapping> columns)
    {
        var hasName = columns.Any(c => c.Column == GoalColumn.Name && !c.LongTerm);
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Column == GoalColumn.NameOrDescription)
            {
                columns[i] = columns[i] with
                {
                    Column = hasName ? GoalColumn.Description : GoalColumn.Name,
                    How = columns[i].How + (hasName ? "；表中另有三级指标列，读作指标描述" : "；表中没有三级指标列，读作三级指标"),
                };
            }
        }

        foreach (var kind in DataColumns)
        {
            var last = columns.Count - 1;
            while (last >= 0 && (columns[last].Column != kind || columns[last].LongTerm))
            {
                last--;
            }

            for (var i = 0; i < last; i++)
            {
                if (columns[i].Column != kind || columns[i].LongTerm)
                {
                    continue;
                }

                columns[i] = columns[i] with
                {
                    Column = kind == GoalColumn.Target ? GoalColumn.LongTermTarget : kind,
                    LongTerm = kind != GoalColumn.Target,
                    How = columns[i].How + "；同名列出现两次，按表式前一组为中期/长期，保留不作年度指标",
                };
            }
        }

        return columns;
    }

    private static bool IsLongTerm(string qualifier) => ContainsAny(qualifier, LongTermWords) && !ContainsAny(qualifier, AnnualWords);

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
