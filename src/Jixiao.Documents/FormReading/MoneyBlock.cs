using Jixiao.Documents.Grid;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.FormReading;

/// <summary>
/// The money block of a form, located by its labels: the column heads (年初预算数, 全年预算数, 全年执行数, 分值, 执行率,
/// 得分, 原因 — or the 监控表's 1–N月执行数, 全年预计执行数), the 年度资金总额 (总额) row under them — or, in a form that
/// prints no such label, the first row under the heads — and the 其中 rows after it. Cells are read where their column
/// head is, so merged and shifted columns read the same.
/// </summary>
internal sealed class MoneyBlock
{
    private MoneyBlock(FormSheet sheet, int totalRow, FormLabel? total, Dictionary<string, FormLabel> columns, List<FormLabel> breakdown)
    {
        Sheet = sheet;
        TotalRow = totalRow;
        Total = total;
        Columns = columns;
        Breakdown = breakdown;
    }

    public FormSheet Sheet { get; }

    public int TotalRow { get; }

    /// <summary>The 年度资金总额 label, or null when the form prints the amounts without one.</summary>
    public FormLabel? Total { get; }

    /// <summary>Column heads by field.</summary>
    public IReadOnlyDictionary<string, FormLabel> Columns { get; }

    /// <summary>The 其中 row labels, in order.</summary>
    public IReadOnlyList<FormLabel> Breakdown { get; }

    public int LastRow => Breakdown.Count > 0 ? Breakdown[^1].Cell.LastRow : Math.Max(TotalRow, Total?.Cell.LastRow ?? TotalRow);

    /// <summary>"年度资金总额" as printed, or "预算执行" for a block without that label.</summary>
    public string TotalName => Total is null ? "预算执行" : GridText.OneLine(Total.Cell.Text).TrimEnd(':', '：');

    /// <summary>Finds the block: a row with at least two of <paramref name="columnFields"/> as heads and, under it, the
    /// <paramref name="totalField"/> row (or the next row when the form prints no such label).</summary>
    public static MoneyBlock? Find(FormSheet sheet, string totalField, string breakdownField, IReadOnlyCollection<string> columnFields)
    {
        for (var row = sheet.FromRow; row <= sheet.ToRow; row++)
        {
            var heads = sheet.Grid.StartingIn(row).Select(sheet.LabelOf).OfType<FormLabel>().Where(l => columnFields.Contains(l.Field)).ToList();
            if (heads.Count < 2)
            {
                continue;
            }

            var columns = new Dictionary<string, FormLabel>();
            foreach (var head in heads)
            {
                columns.TryAdd(head.Field, head);
            }

            var below = heads.Max(h => h.Cell.LastRow) + 1;
            var total = sheet.All(totalField).FirstOrDefault(l => l.Cell.Row >= below && l.Cell.Row <= below + 1);
            var totalRow = total?.Cell.Row ?? below;
            if (total is null && sheet.Grid.StartingIn(totalRow).All(c => c.IsEmpty || sheet.IsLabel(c)))
            {
                continue;
            }

            // The 其中 rows: a breakdown label starting in the row under the total's label — in its column, or beside a
            // “其中” cell merged over them.
            var breakdown = new List<FormLabel>();
            for (var next = totalRow + 1; total is not null && next <= sheet.ToRow; next++)
            {
                if (sheet.Grid.StartingIn(next).Where(c => c.Column <= total.Cell.LastColumn).Select(sheet.LabelOf).FirstOrDefault(l => l?.Field == breakdownField) is not { } label)
                {
                    break;
                }

                breakdown.Add(label);
                next = label.Cell.LastRow;
            }

            return new MoneyBlock(sheet, totalRow, total, columns, breakdown);
        }

        return null;
    }

    /// <summary>The cell of <paramref name="field"/>'s column in <paramref name="row"/>, or null when the column is
    /// missing or the cell is a label.</summary>
    public GridCell? CellOf(int row, string field)
    {
        if (!Columns.TryGetValue(field, out var head))
        {
            return null;
        }

        return Sheet.Grid.At(row, head.Cell.Column) is { } cell && cell.Row <= row && !Sheet.IsLabel(cell) ? cell : null;
    }

    public GridCell? CellOf(FormLabel rowLabel, string field) => CellOf(rowLabel.Cell.Row, field);

    public Money? Amount(int row, string rowName, string field, MoneyUnit unit) =>
        CellOf(row, field) is { } cell ? Sheet.Amount(cell, unit, $"{rowName}{GridText.OneLine(Columns[field].Cell.Text)}") : null;

    public Money? Amount(FormLabel rowLabel, string field, MoneyUnit unit) =>
        Amount(rowLabel.Cell.Row, GridText.OneLine(rowLabel.Cell.Text), field, unit);
}
