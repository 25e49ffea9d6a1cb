using Jixiao.Domain.Goals;
using Jixiao.Domain.Taxonomy;

namespace Jixiao.Documents.Excel;

/// <summary>
/// The bulk workbook (批量填报模板): sheet 项目 (one row per project), sheet 指标 (one row per indicator, keyed by
/// 项目编码), sheet 部门整体目标 (Part 1), a 指标体系 sheet feeding the 一级/二级指标 drop-downs and a 填写说明
/// sheet. <see cref="Template"/> gives it empty for units to fill in; <see cref="Write"/> fills it with a document,
/// and <see cref="ExcelReader"/> reads either back.
/// </summary>
public static class ExcelBulkWriter
{
    /// <summary>Rows of the empty template that carry drop-downs and notes.</summary>
    private const int TemplateRows = 500;

    public static byte[] Template(TaxonomyProfile? profile = null) => Build(new PerformanceDocument(), profile ?? TaxonomyProfile.A);

    public static byte[] Write(PerformanceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Build(document, TaxonomyProfile.Find(document.TaxonomyProfile) ?? TaxonomyProfile.A);
    }

    private static byte[] Build(PerformanceDocument document, TaxonomyProfile profile)
    {
        var projects = ProjectsSheet(document.Projects);
        var indicators = IndicatorsSheet(document.Projects, profile);
        var department = DepartmentSheet(document);
        var (taxonomy, names) = TaxonomySheet(profile);
        SheetBuilder[] sheets = [projects, indicators, department, taxonomy, GuideSheet(profile)];
        foreach (var sheet in sheets)
        {
            // Every sheet prints one page wide; the lists (项目, 指标) also landscape with their header row repeated.
            sheet.PrintA4FitWidth = true;
        }

        return ExcelWorkbook.Write(sheets, names, document.Title.Length > 0 ? document.Title : "绩效目标批量填报模板");
    }

    private static SheetBuilder ProjectsSheet(IReadOnlyList<BudgetProject> projects)
    {
        var sheet = Headed(BulkColumns.ProjectsSheet, BulkColumns.ProjectColumns);
        var budgetColumn = SheetBuilder.ColumnName(5 + 1);
        sheet.DecimalValidation($"{budgetColumn}2:{SheetBuilder.ColumnName(8)}{TemplateRows}", 0, null, "金额（万元）", "请填写不小于 0 的数字，以万元为单位。");
        sheet.DecimalValidation($"{SheetBuilder.ColumnName(10)}2:{SheetBuilder.ColumnName(21)}{TemplateRows}", 0, 100, "支出进度（%）", "请填写 0–100 的数字，25 表示 25%。");
        var row = 2;
        foreach (var p in projects)
        {
            var c = 1;
            sheet.Set(row, c++, p.Sequence, ExcelStyle.Number);
            sheet.Set(row, c++, p.UnitCode, ExcelStyle.Text);
            sheet.Set(row, c++, p.UnitName, ExcelStyle.Text);
            sheet.Set(row, c++, p.ProjectCode, ExcelStyle.Text);
            sheet.Set(row, c++, p.ProjectName, ExcelStyle.Text);
            sheet.Set(row, c++, p.Budget.WanYuan, ExcelStyle.Money);
            sheet.Set(row, c++, p.FiscalFunds?.WanYuan, ExcelStyle.Money);
            sheet.Set(row, c++, p.OtherFunds?.WanYuan, ExcelStyle.Money);
            sheet.Set(row, c++, p.FundUse, ExcelStyle.Text);
            for (var month = 1; month <= 12; month++)
            {
                var checkpoint = p.SpendingPlan.Checkpoints.FirstOrDefault(x => x.Month == month);
                sheet.Set(row, c++, checkpoint?.CumulativePercent, ExcelStyle.Number);
            }

            sheet.Set(row, c++, TableValues.FormatGoals(p.Goals), ExcelStyle.Text);
            sheet.Set(row, c, p.MoneyUnit, ExcelStyle.Text);
            row++;
        }

        return sheet;
    }

    private static SheetBuilder IndicatorsSheet(IReadOnlyList<BudgetProject> projects, TaxonomyProfile profile)
    {
        var rows = projects.Sum(p => p.Indicators.Count);
        var sheet = Headed(BulkColumns.IndicatorsSheet, BulkColumns.IndicatorColumns);
        var last = Math.Max(rows + 1, TemplateRows);
        sheet.ListValidation($"C2:C{last}", $"'{BulkColumns.TaxonomySheet}'!$A$2:$A${profile.Level1.Count + 1}", BulkColumns.Level1, "从列表选择一级指标。");

        // INDIRECT looks up the defined name that carries the 一级指标's own name, so the 二级指标 list follows it.
        sheet.ListValidation($"D2:D{last}", "INDIRECT($C2)", BulkColumns.Level2, "先选一级指标，再从列表选择其下的二级指标。");
        var row = 2;
        foreach (var p in projects)
        {
            foreach (var indicator in p.Indicators)
            {
                string[] values = [p.ProjectCode, p.ProjectName, indicator.Level1, indicator.Level2, indicator.Name, indicator.Description, indicator.Target.Text, indicator.TargetBasis];
                for (var c = 0; c < values.Length; c++)
                {
                    sheet.Set(row, c + 1, values[c], ExcelStyle.Text);
                }

                row++;
            }
        }

        return sheet;
    }

    private static SheetBuilder DepartmentSheet(PerformanceDocument document)
    {
        var sheet = Headed(BulkColumns.DepartmentSheet, BulkColumns.DepartmentColumns);
        sheet.ListValidation($"A2:A{TemplateRows}", $"\"{BulkColumns.KindDocumentTitle},{BulkColumns.KindOverall},{BulkColumns.KindSubGoal},{BulkColumns.KindSafeguard}\"", BulkColumns.Kind, "选择这一行的类别。");
        var rows = new List<object?[]>();
        if (document.Title.Length > 0)
        {
            rows.Add([BulkColumns.KindDocumentTitle, null, null, document.Title, null]);
        }

        var goals = document.DepartmentGoals;
        if (goals.OverallGoal.Length > 0)
        {
            rows.Add([BulkColumns.KindOverall, null, null, goals.OverallGoal, null]);
        }

        rows.AddRange(goals.SubGoals.Select(s => new object?[] { BulkColumns.KindSubGoal, s.Number, s.Title, s.GoalText, s.IndicatorText }));
        rows.AddRange(goals.Safeguards.Select(s => new object?[] { BulkColumns.KindSafeguard, s.Number, s.Title, s.Text, null }));
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Set(r + 2, c + 1, rows[r][c], c == 1 ? ExcelStyle.Number : ExcelStyle.Text);
            }
        }

        return sheet;
    }

    /// <summary>一级指标 in column A; each 一级指标's 二级指标 in a column of its own, named after the 一级指标.</summary>
    private static (SheetBuilder Sheet, Dictionary<string, string> Names) TaxonomySheet(TaxonomyProfile profile)
    {
        var sheet = new SheetBuilder(BulkColumns.TaxonomySheet);
        var names = new Dictionary<string, string>();
        sheet.Set(1, 1, BulkColumns.Level1, ExcelStyle.Header);
        sheet.Width(1, 16);
        for (var i = 0; i < profile.Level1.Count; i++)
        {
            var level1 = profile.Level1[i];
            var column = i + 2;
            sheet.Set(i + 2, 1, level1.Name, ExcelStyle.Text);
            sheet.Set(1, column, level1.Name, ExcelStyle.Header);
            sheet.Width(column, 22);
            for (var j = 0; j < level1.Level2.Count; j++)
            {
                sheet.Set(j + 2, column, level1.Level2[j], ExcelStyle.Text);
            }

            var letter = SheetBuilder.ColumnName(column);
            names[level1.Name] = $"'{BulkColumns.TaxonomySheet}'!${letter}$2:${letter}${Math.Max(2, level1.Level2.Count + 1)}";
        }

        sheet.Set(profile.Level1.Count + 3, 1, $"指标体系：{profile.Name}", ExcelStyle.Plain);
        return (sheet, names);
    }

    private static SheetBuilder GuideSheet(TaxonomyProfile profile)
    {
        var sheet = new SheetBuilder(BulkColumns.GuideSheet);
        sheet.Width(1, 24);
        sheet.Width(2, 90);
        sheet.Set(1, 1, "绩效目标批量填报说明", ExcelStyle.Title);
        string[] general =
        [
            "“项目”表每行一个项目；“指标”表每行一条绩效指标，用“项目编码”对应到项目；“部门整体目标”表填写第一部分。",
            "金额一律以万元为单位；支出进度填累计百分比的数字（25 表示 25%），只填有计划的月份。",
            $"一级、二级指标从下拉列表选择（{profile.Name}，可选项见“指标体系”表）。",
            "列的顺序可以调整，但不要修改表头文字；导入时按表头识别各列。选中表头下的单元格可看到该列的填写提示。",
        ];
        var row = 3;
        foreach (var line in general)
        {
            sheet.Set(row++, 1, line, ExcelStyle.Note);
        }

        row++;
        foreach (var (sheetName, columns) in new[] { (BulkColumns.ProjectsSheet, BulkColumns.ProjectColumns), (BulkColumns.IndicatorsSheet, BulkColumns.IndicatorColumns), (BulkColumns.DepartmentSheet, BulkColumns.DepartmentColumns) })
        {
            sheet.Set(row, 1, $"“{sheetName}”表", ExcelStyle.Header);
            sheet.Set(row++, 2, "填写说明", ExcelStyle.Header);
            foreach (var (header, _, note) in columns)
            {
                sheet.Set(row, 1, header, ExcelStyle.Label);
                sheet.Set(row++, 2, note, ExcelStyle.Text);
            }

            row++;
        }

        return sheet;
    }

    private static SheetBuilder Headed(string name, IReadOnlyList<(string Header, double Width, string Note)> columns)
    {
        // Printed as a wide list: landscape, one page wide, the header row on every page.
        var sheet = new SheetBuilder(name) { FreezeHeader = true, PrintA4FitWidth = true, Landscape = true, PrintTitleRows = 1 };
        sheet.Height(1, 32);
        for (var i = 0; i < columns.Count; i++)
        {
            var (header, width, note) = columns[i];
            sheet.Set(1, i + 1, header, ExcelStyle.Header);
            sheet.Width(i + 1, width);
            var letter = SheetBuilder.ColumnName(i + 1);
            // On the header cell only: data validations of one cell must not overlap.
            sheet.Note($"{letter}1", header, note);
        }

        return sheet;
    }
}
