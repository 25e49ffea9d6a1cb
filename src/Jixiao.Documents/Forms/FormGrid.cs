using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Review;

namespace Jixiao.Documents.Forms;

/// <summary>
/// An official form (自评表, 监控表) laid out once as cells on a grid, so the Word table and the Excel sheet are
/// drawn from the same layout and cannot drift apart. Column widths are in Excel characters; Word scales them to
/// the page width.
/// </summary>
internal sealed class FormGrid(string title, string subtitle, IReadOnlyList<double> widths)
{
    private readonly List<FormCell> _cells = [];

    public string Title { get; } = title;

    /// <summary>The line under the title (year or period, 单位：万元).</summary>
    public string Subtitle { get; } = subtitle;

    public IReadOnlyList<double> Widths { get; } = widths;

    public int Columns => Widths.Count;

    public IReadOnlyList<FormCell> Cells => _cells;

    /// <summary>Rows used so far; the next row is <c>RowCount + 1</c>.</summary>
    public int RowCount { get; private set; }

    /// <summary>Notes printed under the form (计算说明, 审核问题), by heading.</summary>
    public List<(string Heading, IReadOnlyList<string> Lines)> Notes { get; } = [];

    /// <summary>Rows (column headers) that Word must print on the same page as the row after them.</summary>
    public HashSet<int> KeepWithNext { get; } = [];

    /// <summary>The column-header row of a list that may run over several pages (the 监控表's indicators): Word
    /// repeats it at the top of every page. Null when the form has none.</summary>
    public int? RepeatedHeaderRow { get; set; }

    public FormCell Put(int row, int column, int lastRow, int lastColumn, string text, FormCellKind kind = FormCellKind.Text, decimal? number = null, Light light = Domain.Monitoring.Light.None)
    {
        var cell = new FormCell(row, column, lastRow, lastColumn, text, kind) { Number = number, Light = light };
        _cells.Add(cell);
        RowCount = Math.Max(RowCount, lastRow);
        return cell;
    }

    public FormCell Put(int row, int column, string text, FormCellKind kind = FormCellKind.Text) => Put(row, column, row, column, text, kind);

    public void Label(int row, int column, int lastRow, int lastColumn, string text) => Put(row, column, lastRow, lastColumn, text, FormCellKind.Label);

    public void Money(int row, int column, Money? amount) =>
        Put(row, column, row, column, amount?.ToWanYuanString() ?? string.Empty, FormCellKind.Money, amount?.WanYuan);

    public void Score(int row, int column, int lastColumn, decimal? score) =>
        Put(row, column, row, lastColumn, score is { } s ? ScoreRounding.Format(s) : string.Empty, FormCellKind.Score, score);

    public void Light(int row, int column, int lastColumn, Light light) =>
        Put(row, column, row, lastColumn, light.ToChinese(), FormCellKind.Light, light: light);

    /// <summary>"0.8527" → "85.27%"; empty when there is no rate.</summary>
    public static string Percent(decimal? fraction) =>
        fraction is { } f ? (Math.Round(f * 100, 2, MidpointRounding.AwayFromZero)).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>Runs of equal keys in <paramref name="keys"/> as (first, last) indexes, for merging 一级/二级指标 down.</summary>
    public static IEnumerable<(int First, int Last)> Runs(IReadOnlyList<string> keys)
    {
        var start = 0;
        for (var i = 1; i <= keys.Count; i++)
        {
            if (i == keys.Count || keys[i] != keys[start])
            {
                yield return (start, i - 1);
                start = i;
            }
        }
    }

    /// <summary>Findings as note lines, errors first: "[错误] 预算执行率偏低未说明原因 第 2 行：…".</summary>
    public static IReadOnlyList<string> FindingLines(IEnumerable<Finding> findings) =>
        [.. findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).Select(f =>
            $"[{f.Severity.ToChinese()}] {RuleTitles.Of(f.RuleId)}"
            + (f.IndicatorRow is { } row ? $" 第 {row.ToString(CultureInfo.InvariantCulture)} 行" : string.Empty) + $"：{f.Message}")];
}
