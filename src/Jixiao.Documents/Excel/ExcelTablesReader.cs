using System.Globalization;
using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Tables;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Excel;

/// <summary>Reads workbooks with one 绩效目标表 per sheet (as <see cref="ExcelTablesWriter"/> writes them, or as
/// units lay them out by hand) through the same label-driven <see cref="ProjectTableReader"/> as text and Word.</summary>
internal static class ExcelTablesReader
{
    public static bool IsProjectSheet(SheetGrid sheet) =>
        sheet.RowNumbers.Take(20).Any(r => sheet.Row(r).Values.Any(TableLabels.IsProjectCode));

    public static List<BudgetProject> Read(List<SheetGrid> sheets, ReadOptions options, List<ReadProblem> problems)
    {
        var projects = new List<BudgetProject>();
        foreach (var sheet in sheets.Where(IsProjectSheet))
        {
            var cells = new List<Cell>();
            var sequence = projects.Count + 1;
            var name = string.Empty;
            // Empty cells count (an empty 其他资金 must not take the next cell's text), except the cells a merged
            // range covers beyond its first one: Word's text export and the Word reader skip those too.
            var lastColumn = sheet.RowNumbers.SelectMany(r => sheet.Row(r).Keys).DefaultIfEmpty(1).Max();
            lastColumn = Math.Max(lastColumn, sheet.Merges.Select(m => m.LastColumn).DefaultIfEmpty(1).Max());
            foreach (var row in sheet.RowNumbers)
            {
                for (var column = 1; column <= lastColumn; column++)
                {
                    if (sheet.Merges.Any(m => m.Row <= row && row <= m.LastRow && m.Column <= column && column <= m.LastColumn && (m.Row, m.Column) != (row, column)))
                    {
                        continue;
                    }

                    var text = sheet[row, column];
                    var title = PublishedTextReader.TableTitle().Match(text);
                    if (cells.Count == 0 && title.Success)
                    {
                        sequence = int.Parse(title.Groups[1].Value, CultureInfo.InvariantCulture);
                        name = title.Groups[2].Value.Trim();
                        continue;
                    }

                    var merge = sheet.Merges.FirstOrDefault(m => m.Row == row && m.Column == column);
                    cells.Add(new Cell(text, 0)
                    {
                        Place = SheetBuilder.Reference(row, column),
                        Row = row,
                        Column = column - 1,
                        Span = merge == default ? 1 : merge.LastColumn - merge.Column + 1,
                    });
                }
            }

            var before = problems.Count;
            projects.Add(ProjectTableReader.Read(cells, sequence, name, 0, options, problems));
            for (var i = before; i < problems.Count; i++)
            {
                problems[i] = problems[i] with { Sheet = sheet.Name };
            }
        }

        return projects;
    }
}
