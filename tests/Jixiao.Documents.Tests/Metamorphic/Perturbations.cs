using System.Globalization;
using System.Text;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Tests.Metamorphic;

/// <summary>One way a clerk's file differs from the published one, as a small named transform of the grid a real
/// fixture reads to.</summary>
internal sealed record Perturbation(string Name, Func<GridDocument, CellRoles, GridDocument> Apply)
{
    public override string ToString() => Name;
}

/// <summary>
/// The perturbations real files show (each seen in a clerk's table): full-width figures and punctuation, padded and
/// split labels, non-breaking spaces, tabs and CRLF in cells, thousands separators, the unit written into the amount,
/// empty rows and columns, a blank row under the heading, a notes row below, a title row and a unit line above,
/// traditional characters, merged cells written as repeated values or only in the first row of the group, a table
/// split over a page with its heading repeated, a value written as two paragraphs of its cell.
/// </summary>
internal static class Perturbations
{
    public static IReadOnlyList<Perturbation> All { get; } =
    [
        Cells("全角数字", (t, r, head) => (head && r.IsAmount(t)) || r.IsTarget(t) ? FullWidth(t) : t),
        Cells("全角冒号括号", (t, _, head) => head && CellRoles.IsLabel(t) ? FullWidthColon(t) : t),
        Cells("标签内空格", (t, _) => CellRoles.IsLabel(t) ? Spaced(t) : t),
        Cells("不换行空格", (t, _) => "\u00A0" + (CellRoles.IsLabel(t) && t.Length > 2 ? t.Insert(t.Length / 2, "\u00A0") : t) + "\u00A0"),
        Cells("制表符与首尾空白", (t, _) => "\t " + t + " \t"),
        Cells("单元格内CRLF", (t, _) => t.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n"),
        Cells("标签分两行", (t, _) => CellRoles.IsLabel(t) && t.Length >= 4 ? t.Insert(t.Length / 2, "\n") : t),
        Cells("千分位", (t, r, head) => head && r.IsAmount(t) ? Thousands(t) : t),
        Cells("金额带单位", (t, r, head) => head && r.IsAmount(t) ? t + r.AmountUnit(t) : t),
        new("末尾空行空列", (document, _) =>
        {
            // Empty columns run down every part of a form cut by a page; the empty rows are under its last part.
            var continued = GridRewrite.Continued(document);
            return GridRewrite.Tables(document, (grid, cells) => TrailingEmpty(cells, rows: !continued.Contains(grid)));
        }),
        Table("表头下空行", BlankUnderHeading),
        AtTheEnd("表下备注行", NotesBelow),
        new("标题行与单位行", TitleAndUnitAbove),
        Cells("繁体字", (t, _) => Traditional(t)),
        Workbook("合并改为重复值", cells => Unmerged(cells, repeat: true)),
        Workbook("合并改为首行有值", cells => Unmerged(cells, repeat: false)),
        new("分页拆表重复表头", (document, roles) => SplitOverAPage(document, roles, repeatHeading: true)),
        Cells("单元格两段", (t, r) => r.IsTarget(t) || CellRoles.IsLabel(t) ? TwoParagraphs(t) : t),
    ];

    /// <summary>Perturbations only the form readers (自评表, 监控表) are held to: a Word table cut by a page whose second
    /// part does not repeat the heading.</summary>
    public static IReadOnlyList<Perturbation> FormsOnly { get; } =
    [
        new("分页拆表不重复表头", (document, roles) => SplitOverAPage(document, roles, repeatHeading: false)),
    ];

    public static Perturbation Named(string name) => All.Concat(FormsOnly).Single(p => p.Name == name);

    private static Perturbation Cells(string name, Func<string, CellRoles, string> rewrite) =>
        Cells(name, (text, roles, _) => rewrite(text, roles));

    /// <summary>A rewrite of each cell's text that knows whether the cell is in the table's head (above the indicator
    /// heading): labels with a colon and amounts are written there.</summary>
    private static Perturbation Cells(string name, Func<string, CellRoles, bool, string> rewrite) =>
        new(name, (document, roles) =>
        {
            var continuations = GridRewrite.Continuations(document);
            return GridRewrite.Tables(document, (grid, cells) => cells.Select(c => c with { Text = rewrite(c.Text, roles, !continuations.Contains(grid) && CellRoles.InHead(grid, c.Row)) }));
        });

    /// <summary>"项目名称" → "项目名称：", "资金情况(万元)" → "资金情况（万元）：".</summary>
    internal static string FullWidthColon(string text)
    {
        var full = text.Replace(':', '：').Replace('(', '（').Replace(')', '）');
        return full.EndsWith('：') ? full : full + "：";
    }

    private static Perturbation Table(string name, Func<CellGrid, List<EditCell>, CellRoles, IEnumerable<EditCell>> rewrite) =>
        new(name, (document, roles) => GridRewrite.Tables(document, (grid, cells) => rewrite(grid, cells, roles)));

    /// <summary>A rewrite of what ends a table (rows under it), made to the last part of a form cut by a page.</summary>
    private static Perturbation AtTheEnd(string name, Func<CellGrid, List<EditCell>, CellRoles, IEnumerable<EditCell>> rewrite) =>
        new(name, (document, roles) =>
        {
            var continued = GridRewrite.Continued(document);
            return GridRewrite.Tables(document, (grid, cells) => continued.Contains(grid) ? cells : rewrite(grid, cells, roles));
        });

    /// <summary>A rewrite of a worksheet's cells (merging is a workbook's way to lay out a group; a Word or HTML file is
    /// left as it is).</summary>
    private static Perturbation Workbook(string name, Func<List<EditCell>, IEnumerable<EditCell>> rewrite) =>
        new(name, (document, roles) => document.Source == GridSource.Excel ? GridRewrite.Tables(document, (_, cells) => rewrite(cells)) : document);

    /// <summary>"12.5" → "１２．５", "≥95%" → "≥９５％": what an input method left in full-width mode types.</summary>
    internal static string FullWidth(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is > ' ' and <= '~' ? (char)(c + 0xFEE0) : c);
        }

        return sb.ToString();
    }

    /// <summary>"项目名称" → "项 目 名 称" (a clerk padding a short label to the cell's width); a longer one gets one
    /// space in the middle ("一级 指标").</summary>
    internal static string Spaced(string text) =>
        text.Length <= 4 ? string.Join(' ', text.ToCharArray()) : text.Insert(text.Length / 2, " ");

    /// <summary>"387664.62" → "387,664.62".</summary>
    internal static string Thousands(string text)
    {
        var n = decimal.Parse(text, CultureInfo.InvariantCulture);
        var decimals = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return n.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A value written as two paragraphs of its cell: "≥95%" → "≥95\n%", "项目名称" → "项目\n名称".</summary>
    internal static string TwoParagraphs(string text) => text.Length >= 2 && !text.Contains('\n', StringComparison.Ordinal)
        ? text.Insert(SplitPoint(text), "\n")
        : text;

    /// <summary>Between the figure and its unit when the text has one, else in the middle.</summary>
    private static int SplitPoint(string text)
    {
        var lastDigit = text.AsSpan().LastIndexOfAnyInRange('0', '9');
        return lastDigit >= 0 && lastDigit < text.Length - 1 ? lastDigit + 1 : text.Length / 2;
    }

    /// <summary>Two empty rows under the table and two empty columns beside it (a sheet's used range running on).</summary>
    private static IEnumerable<EditCell> TrailingEmpty(List<EditCell> cells, bool rows)
    {
        var count = GridRewrite.RowCount(cells);
        var columns = GridRewrite.ColumnCount(cells);
        var empty = new List<EditCell>();
        for (var r = 0; r < count + (rows ? 2 : 0); r++)
        {
            for (var c = r < count ? columns : 0; c < columns + 2; c++)
            {
                empty.Add(new EditCell(r, c, string.Empty));
            }
        }

        return cells.Concat(empty);
    }

    /// <summary>An empty row between the indicator heading and the first indicator.</summary>
    private static IEnumerable<EditCell> BlankUnderHeading(CellGrid grid, List<EditCell> cells, CellRoles roles)
    {
        if (CellRoles.HeadingRow(grid) is not { } heading)
        {
            return cells;
        }

        var at = CellRoles.HeadingRows(grid, heading).Last + 1;
        var columns = GridRewrite.ColumnCount(cells);
        var spanning = cells.Where(c => c.Row < at && c.Row + c.RowSpan > at).SelectMany(c => Enumerable.Range(c.Column, c.ColumnSpan)).ToHashSet();
        return GridRewrite.InsertRows(cells, at, 1, r => Enumerable.Range(0, columns).Where(c => !spanning.Contains(c)).Select(c => new EditCell(r, c, string.Empty)));
    }

    /// <summary>The row forms print under the table: 填表人, 联系电话, 填报日期.</summary>
    private static IEnumerable<EditCell> NotesBelow(CellGrid grid, List<EditCell> cells, CellRoles roles)
    {
        var row = GridRewrite.RowCount(cells);
        var columns = GridRewrite.ColumnCount(cells);
        if (columns < 3)
        {
            return cells.Append(new EditCell(row, 0, "填表人：王芳  联系电话：0731-5558123  填报日期：2023年3月15日", 1, Math.Max(1, columns)));
        }

        var third = columns / 3;
        return cells.Concat(
        [
            new EditCell(row, 0, "填表人：王芳", 1, third),
            new EditCell(row, third, "联系电话：0731-5558123", 1, third),
            new EditCell(row, 2 * third, "填报日期：2023年3月15日", 1, columns - 2 * third),
        ]);
    }

    /// <summary>A title row across the top of the table, and a line "单位：万元" (the reading's unit) between the text
    /// above and the table.</summary>
    private static GridDocument TitleAndUnitAbove(GridDocument document, CellRoles roles) =>
        GridRewrite.Blocks(document, block =>
        {
            // The goal table (or form) itself: a site's header table or a notice's list above it gets no title.
            if (!block.IsGrid || CellRoles.HeadingRow(block.Grid!) is null)
            {
                return [block];
            }

            var cells = GridRewrite.Cells(block.Grid!);
            var columns = GridRewrite.ColumnCount(cells);
            var moved = GridRewrite.InsertRows(cells, 0, 1, r => [new EditCell(r, 0, "项目支出绩效目标表", 1, columns)]);
            var table = GridBlock.Table(GridRewrite.Build(block.Grid!.Name, document.Source, moved));
            return roles.MoneyUnit(document) is { } unit ? [GridBlock.Line($"单位：{unit}", "第 1 段", 1), table] : [table];
        });

    /// <summary>A merged cell written out: its text in every row it covered (<paramref name="repeat"/>), or in its first
    /// row with the rows below left empty — as a clerk who does not merge cells fills a group.</summary>
    private static IEnumerable<EditCell> Unmerged(List<EditCell> cells, bool repeat)
    {
        foreach (var c in cells)
        {
            if (c.RowSpan == 1)
            {
                yield return c;
                continue;
            }

            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
            {
                yield return new EditCell(r, c.Column, r == c.Row || repeat ? c.Text : string.Empty, 1, c.ColumnSpan);
            }
        }
    }

    /// <summary>The table with the indicator rows split in two after their first half, as a page break splits a Word
    /// table: the second table starts with the heading row(s) repeated, or (<paramref name="repeatHeading"/> false)
    /// straight with the rows; a cell merged down across the break starts again in the second table with its text
    /// (Word prints it on both pages).</summary>
    private static GridDocument SplitOverAPage(GridDocument document, CellRoles roles, bool repeatHeading) =>
        GridRewrite.Blocks(document, block =>
        {
            // A worksheet is one grid however many pages it prints on: only Word tables (and Word's pages saved as HTML) split.
            if (document.Source == GridSource.Excel || !block.IsGrid || CellRoles.HeadingRow(block.Grid!) is not { } row)
            {
                return [block];
            }

            var grid = block.Grid!;
            var (heading, headingEnd) = CellRoles.HeadingRows(grid, row);
            var rows = grid.RowCount;
            if (rows - headingEnd < 3)
            {
                return [block];
            }

            var split = headingEnd + 1 + (rows - headingEnd - 1) / 2;
            var cells = GridRewrite.Cells(grid);
            var first = cells.Where(c => c.Row < split).Select(c => c.Row + c.RowSpan > split ? c with { RowSpan = split - c.Row } : c);
            var headingRows = cells.Where(c => repeatHeading && c.Row >= heading && c.Row <= headingEnd);
            var offset = repeatHeading ? headingEnd - heading + 1 : 0;
            var second = headingRows.Select(c => c with { Row = c.Row - heading, RowSpan = Math.Min(c.RowSpan, headingEnd - c.Row + 1) })
                .Concat(cells.Where(c => c.Row < split && c.Row + c.RowSpan > split)
                    .Select(c => c with { Row = offset, RowSpan = c.Row + c.RowSpan - split }))
                .Concat(cells.Where(c => c.Row >= split).Select(c => c with { Row = c.Row - split + offset }));
            return
            [
                GridBlock.Table(GridRewrite.Build(grid.Name, document.Source, first)),
                GridBlock.Table(GridRewrite.Build(grid.Name + "（续）", document.Source, second)),
            ];
        });

    private static readonly Lazy<Dictionary<char, char>> ToTraditional = new(() =>
    {
        using var stream = typeof(TraditionalChinese).Assembly.GetManifestResourceStream("Jixiao.Grid.traditional-simplified.txt")!;
        using var reader = new StreamReader(stream);
        var map = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2)
            {
                map.TryAdd(line[1], line[0]);
            }
        }

        return map;
    });

    /// <summary>The text in traditional characters (a table copied from a 繁體 mirror of the page).</summary>
    internal static string Traditional(string text)
    {
        var map = ToTraditional.Value;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (map.TryGetValue(chars[i], out var t))
            {
                chars[i] = t;
            }
        }

        return new string(chars);
    }
}
