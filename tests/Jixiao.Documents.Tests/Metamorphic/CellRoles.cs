using System.Globalization;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Tests.Metamorphic;

/// <summary>
/// What a cell of a real fixture is, as far as a perturbation needs to know: a label (a word of the readers'
/// vocabulary data), an amount (a plain number the unperturbed reading took as money, in 万元 or 元), a target (a
/// text the unperturbed reading took as an indicator's value), the indicator heading row. Known from the reading of
/// the unperturbed file, so a perturbation touches what a clerk's file would show differently and nothing else
/// (a project code is never given thousands separators).
/// </summary>
internal sealed class CellRoles(IReadOnlySet<long> amountsInFen, IReadOnlySet<string> targets, string? moneyUnit = null)
{
    /// <summary>The unit the amounts of <paramref name="document"/> are written in ("万元", "元"): the one the reading
    /// declares, else the one most of the cells holding an amount are read in; null when the reading read no amount
    /// (a table that states no unit: a perturbation must not state one for it).</summary>
    public string? MoneyUnit(GridDocument document) => moneyUnit
        ?? document.Grids.SelectMany(g => g.Cells).Select(c => AmountUnit(c.Text)).OfType<string>()
            .GroupBy(u => u).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    public static bool IsLabel(string text) =>
        text.Length is > 1 and <= 30 && !text.Contains('\n', StringComparison.Ordinal)
        && (GoalVocabulary.Columns.Match(text) is not null || GoalVocabulary.Labels.Match(text) is not null
            || SelfEvaluationLabels.Labels.Words.Match(text) is not null);

    /// <summary>Whether the cell's text is a plain number the reading took as an amount (16, 387664.62, 250.00).</summary>
    public bool IsAmount(string text) => AmountUnit(text) is not null;

    /// <summary>The unit in which the cell's plain number is one of the amounts read: "万元" or "元"; null for a cell
    /// that is no amount.</summary>
    public string? AmountUnit(string text) =>
        !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) || n <= 0 ? null
        : amountsInFen.Contains(Fen(n * Domain.Goals.Money.FenPerWanYuan)) ? "万元"
        : amountsInFen.Contains(Fen(n * 100)) ? "元"
        : null;

    public bool IsTarget(string text) => text.Length > 0 && targets.Contains(text);

    /// <summary>The row of the indicator heading (the first row with a cell naming 一级指标 or 三级指标), or null.</summary>
    public static int? HeadingRow(CellGrid grid)
    {
        foreach (var cell in grid.Cells)
        {
            if (GoalVocabulary.ColumnOf(GoalVocabulary.Columns.Match(cell.Text)) is GoalColumn.Level1 or GoalColumn.Name)
            {
                return cell.Row;
            }
        }

        return null;
    }

    /// <summary>The rows of the heading holding <paramref name="row"/>: from the first row of a cell merged down over it
    /// (绩效指标 over 一级指标) to the last row of a cell merged down from it (指标值 over 年度/长期).</summary>
    public static (int First, int Last) HeadingRows(CellGrid grid, int row)
    {
        // A side label merged down the whole indicator area ("绩效指标") is no part of the heading's rows.
        var covering = grid.Cells.Where(c => c.Row <= row && c.LastRow >= row && c.RowSpan <= 3).ToList();
        return (covering.Min(c => c.Row), covering.Max(c => c.LastRow));
    }

    /// <summary>Whether <paramref name="row"/> is above the indicator heading of <paramref name="grid"/> (the table's
    /// head: project name, amounts), or the table has no heading.</summary>
    public static bool InHead(CellGrid grid, int row) => HeadingRow(grid) is not { } heading || row < HeadingRows(grid, heading).First;

    private static long Fen(decimal fen) => fen == decimal.Truncate(fen) ? (long)fen : -1;
}
