using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Excel;

/// <summary>
/// A unit's project tables for printing: one sheet per project in the official 绩效目标表 layout (merged cells,
/// borders, A4 portrait fitted to the page width, page numbers). The grid is a label column and twelve narrow
/// columns, so 1, 2, 3, 4, 6 or 12 spending-plan months, the money block and the indicator table all line up.
/// <see cref="ExcelReader"/> reads these sheets back as well.
/// </summary>
public static class ExcelTablesWriter
{
    private const int Last = 13;
    private const double LabelWidth = 13;
    private const double GridWidth = 6.4;

    public static byte[] Write(PerformanceDocument document, string? unitCode = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var projects = document.Projects.Where(p => unitCode is null || p.UnitCode == unitCode).ToList();
        var sheets = new List<SheetBuilder>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (document.DepartmentGoals.HasTable)
        {
            // The department's own table first, as a department's file of goal tables begins with it.
            names.Add(ExcelDepartmentSheet.SheetName);
            sheets.Add(ExcelDepartmentSheet.Build(document, LabelWidth, GridWidth));
        }

        foreach (var project in projects)
        {
            sheets.Add(Sheet(project, SheetName(project, names)));
        }

        if (projects.Count == 0 && sheets.Count == 0)
        {
            var empty = new SheetBuilder("绩效目标表");
            empty.Set(1, 1, unitCode is null ? "文档中没有项目。" : $"单位 {unitCode} 没有项目。", ExcelStyle.Plain);
            sheets.Add(empty);
        }

        return ExcelWorkbook.Write(sheets, title: document.Title.Length > 0 ? document.Title : "项目绩效目标表");
    }

    private static SheetBuilder Sheet(BudgetProject p, string name)
    {
        var sheet = new SheetBuilder(name) { PrintA4FitWidth = true };
        sheet.Width(1, LabelWidth);
        for (var c = 2; c <= Last; c++)
        {
            sheet.Width(c, GridWidth);
        }

        var row = 1;
        sheet.Merge(row, 1, row, Last, $"{p.Sequence}.{p.ProjectName}绩效目标表", ExcelStyle.Title);
        sheet.Height(row++, 28);
        sheet.Merge(row, 1, row, 8, p.UnitCode + p.UnitName, ExcelStyle.Plain);
        sheet.Merge(row, 9, row, Last, "单位：" + p.MoneyUnit, ExcelStyle.PlainRight);
        row++;

        sheet.Set(row, 1, TableLabels.ProjectCode, ExcelStyle.Label);
        sheet.Merge(row, 2, row, 5, p.ProjectCode, ExcelStyle.Text);
        sheet.Merge(row, 6, row, 7, TableLabels.ProjectName, ExcelStyle.Label);
        sheet.Merge(row, 8, row, Last, p.ProjectName, ExcelStyle.Text);
        Fit(sheet, row++, (p.ProjectName, 6 * GridWidth), (p.ProjectCode, 4 * GridWidth));

        sheet.Merge(row, 1, row + 1, 1, TableLabels.BudgetAndUse, ExcelStyle.Label);
        object?[] money = [TableLabels.Budget, p.Budget.WanYuan, "其中：财政资金", p.FiscalFunds?.WanYuan, TableLabels.OtherFunds, p.OtherFunds?.WanYuan];
        for (var i = 0; i < money.Length; i++)
        {
            sheet.Merge(row, 2 + (2 * i), row, 3 + (2 * i), money[i], i % 2 == 0 ? ExcelStyle.Label : ExcelStyle.Money);
        }

        Fit(sheet, row++, ("其中：财政资金", 2 * GridWidth));
        sheet.Merge(row, 2, row, Last, p.FundUse, ExcelStyle.Text);
        Fit(sheet, row++, (p.FundUse, 12 * GridWidth), (TableLabels.BudgetAndUse, LabelWidth * 2));

        var months = p.SpendingPlan.Checkpoints;
        if (months.Count > 0)
        {
            sheet.Merge(row, 1, row + 1, 1, TableLabels.SpendingPlan, ExcelStyle.Label);
            var spans = Spans(months.Count);
            var column = 2;
            for (var i = 0; i < months.Count; i++)
            {
                sheet.Merge(row, column, row, column + spans[i] - 1, months[i].Month + "月底", ExcelStyle.Label);
                sheet.Merge(row + 1, column, row + 1, column + spans[i] - 1, TableValues.FormatPercent(months[i].CumulativePercent), ExcelStyle.Label);
                column += spans[i];
            }

            Fit(sheet, row, (TableLabels.SpendingPlan, LabelWidth));
            Fit(sheet, row + 1);
            row += 2;
        }

        var goals = TableValues.FormatGoals(p.Goals);
        sheet.Set(row, 1, TableLabels.Goals, ExcelStyle.Label);
        sheet.Merge(row, 2, row, Last, goals, ExcelStyle.Text);
        Fit(sheet, row++, (goals, 12 * GridWidth));

        // Indicator table: 一级 in the label column, then 2 + 3 + 3 + 2 + 2 grid columns.
        (int First, int LastColumn, string Header)[] columns =
        [
            (1, 1, TableLabels.Level1), (2, 3, TableLabels.Level2), (4, 6, TableLabels.Name),
            (7, 9, TableLabels.Description), (10, 11, TableLabels.Target), (12, 13, TableLabels.TargetBasis),
        ];
        foreach (var (first, last, header) in columns)
        {
            sheet.Merge(row, first, row, last, header, ExcelStyle.Label);
        }

        Fit(sheet, row++, (TableLabels.TargetBasis, 2 * GridWidth));
        var indicators = p.Indicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            var x = indicators[i];
            string[] values = [x.Level1, x.Level2, x.Name, x.Description, x.Target.Text, x.TargetBasis];
            for (var c = 0; c < columns.Length; c++)
            {
                // 一级/二级指标 merge down their groups, as in the official form.
                if (c < 2 && i > 0 && indicators[i - 1].Level1 == x.Level1 && (c == 0 || indicators[i - 1].Level2 == x.Level2))
                {
                    continue;
                }

                var end = i;
                while (c < 2 && end + 1 < indicators.Count && indicators[end + 1].Level1 == x.Level1 && (c == 0 || indicators[end + 1].Level2 == x.Level2))
                {
                    end++;
                }

                sheet.Merge(row, columns[c].First, row + (end - i), columns[c].LastColumn, values[c], c is 0 or 1 or 4 ? ExcelStyle.Label : ExcelStyle.Text);
            }

            Fit(sheet, row++, (x.Name, 3 * GridWidth), (x.Description, 3 * GridWidth), (x.TargetBasis, 2 * GridWidth), (x.Target.Text, 2 * GridWidth), (x.Level2, 2 * GridWidth));
        }

        return sheet;
    }

    /// <summary>Sets the row height for the tallest wrapped text: Excel does not grow rows of merged cells by
    /// itself, so without this long goals would be cut off when printed.</summary>
    private static void Fit(SheetBuilder sheet, int row, params (string Text, double Width)[] cells)
    {
        var lines = 1;
        foreach (var (text, width) in cells)
        {
            // A Chinese character of the 11 pt 宋体 is about 1.8 column-width units, a digit or letter about one.
            var perLine = Math.Max(1, (int)(width / 1.8));
            lines = Math.Max(lines, text.Split('\n').Sum(l => Math.Max(1, (int)Math.Ceiling(Characters(l) / perLine))));
        }

        sheet.Height(row, Math.Max(20, (lines * 15) + 8));
    }

    private static double Characters(string line) => line.Sum(ch => ch < 0x2E80 ? 0.55 : 1.0);

    private static int[] Spans(int count)
    {
        // Months are 1–12 and distinct, so there are never more than the twelve grid columns.
        var spans = Enumerable.Repeat(12 / count, count).ToArray();
        for (var i = 0; i < 12 % count; i++)
        {
            spans[i]++;
        }

        return spans;
    }

    /// <summary>Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(BudgetProject p, HashSet<string> used)
    {
        var raw = $"{p.Sequence}.{p.ProjectName}";
        var clean = new string(raw.Where(ch => "[]:*?/\\'".IndexOf(ch, StringComparison.Ordinal) < 0).ToArray());
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = $"({n})";
            name = (clean.Length > 31 - suffix.Length ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }
}
