using System.Globalization;
using Jixiao.Documents.GoalTables;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Excel;

/// <summary>
/// The 部门整体支出绩效目标表 as a sheet of the unit's tables, in the form's layout (see <c>WordDepartmentTable</c>):
/// title with the year, 单位：万元, 部门（单位）名称, 部门职能概述, 年度主要任务 (总额 / 财政拨款 / 其他资金 and 金额合计),
/// 收入构成 / 支出构成 with 占比, 年度总体目标 and the indicator table, on the same label column and twelve grid columns
/// as the project sheets. The department table reader reads it back as written.
/// </summary>
internal static class ExcelDepartmentSheet
{
    public const string SheetName = "部门整体支出绩效目标表";

    private const int Last = 13;

    public static SheetBuilder Build(PerformanceDocument document, double labelWidth, double gridWidth)
    {
        var goals = document.DepartmentGoals;
        var sheet = new SheetBuilder(SheetName) { PrintA4FitWidth = true };
        sheet.Width(1, labelWidth);
        for (var c = 2; c <= Last; c++)
        {
            sheet.Width(c, gridWidth);
        }

        var year = document.FiscalYear > 0 ? document.FiscalYear.ToString(CultureInfo.InvariantCulture) + "年度" : string.Empty;
        var row = 1;
        sheet.Merge(row, 1, row, Last, year + SheetName, ExcelStyle.Title);
        sheet.Height(row++, 28);
        sheet.Merge(row, 1, row, Last, "单位：万元", ExcelStyle.PlainRight);
        row++;
        Line(sheet, row++, "部门（单位）名称", document.DepartmentName);
        Line(sheet, row++, "部门职能概述", goals.Duties);
        var (taskFunds, groups) = DepartmentLayout.SplitFunds(goals);
        var groupsFirst = goals.Funds.Count > 0 && goals.Funds[0].Group.Length > 0;
        if (groupsFirst)
        {
            row = Groups(sheet, row, groups);
        }

        row = Tasks(sheet, row, goals.Tasks, taskFunds);
        if (!groupsFirst)
        {
            row = Groups(sheet, row, groups);
        }

        Line(sheet, row++, "年度总体目标", goals.OverallGoal);
        Indicators(sheet, row, goals.Indicators);
        return sheet;
    }

    private static void Line(SheetBuilder sheet, int row, string label, string text)
    {
        sheet.Set(row, 1, label, ExcelStyle.Label);
        sheet.Merge(row, 2, row, Last, text, ExcelStyle.Text);
        sheet.Height(row, Math.Max(20, (text.Split('\n').Length * 15) + 8));
    }

    private static int Tasks(SheetBuilder sheet, int row, IReadOnlyList<DepartmentTask> tasks, DepartmentLayout.TaskFunds funds)
    {
        if (tasks.Count == 0 && funds.Total is null)
        {
            return row;
        }

        var split = DepartmentLayout.IsSplit(tasks, funds);
        var heading = split ? 2 : 1;
        var rows = heading + tasks.Count + (funds.Total is null ? 0 : 1);
        sheet.Merge(row, 1, row + rows - 1, 1, "年度主要任务", ExcelStyle.Label);
        sheet.Merge(row, 2, row + heading - 1, 4, "任务名称", ExcelStyle.Label);
        sheet.Merge(row, 5, row + heading - 1, 8, "主要内容", ExcelStyle.Label);
        sheet.Merge(row, 9, row, Last, "预算金额", ExcelStyle.Label);
        (int First, int Last)[] amounts = split ? [(9, 10), (11, 12), (13, 13)] : [(9, Last)];
        if (split)
        {
            sheet.Merge(row + 1, 9, row + 1, 10, "总额", ExcelStyle.Label);
            sheet.Merge(row + 1, 11, row + 1, 12, "财政拨款", ExcelStyle.Label);
            sheet.Set(row + 1, 13, "其他资金", ExcelStyle.Label);
        }

        row += heading;
        foreach (var t in tasks)
        {
            sheet.Merge(row, 2, row, 4, t.Name, ExcelStyle.Text);
            sheet.Merge(row, 5, row, 8, t.Content, ExcelStyle.Text);
            Amounts(sheet, row++, amounts, [t.Budget, t.FiscalFunds, t.OtherFunds]);
        }

        if (funds.Total is { } total)
        {
            sheet.Merge(row, 2, row, 4, total.Label, ExcelStyle.Label);
            sheet.Merge(row, 5, row, 8, string.Empty, ExcelStyle.Text);
            Amounts(sheet, row++, amounts, [total.Amount, funds.Fiscal?.Amount, funds.Other?.Amount]);
        }

        return row;
    }

    private static void Amounts(SheetBuilder sheet, int row, (int First, int Last)[] columns, Money?[] values)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            sheet.Merge(row, columns[i].First, row, columns[i].Last, values[i]?.WanYuan, ExcelStyle.Money);
        }
    }

    private static int Groups(SheetBuilder sheet, int row, IReadOnlyList<IGrouping<string, DepartmentFund>> groups)
    {
        foreach (var group in groups)
        {
            var funds = group.ToList();
            sheet.Merge(row, 1, row + funds.Count - 1, 1, group.Key, ExcelStyle.Label);
            foreach (var f in funds)
            {
                sheet.Merge(row, 2, row, 4, f.Label, ExcelStyle.Label);
                sheet.Merge(row, 5, row, 8, f.Amount?.WanYuan, ExcelStyle.Money);
                sheet.Merge(row, 9, row, Last, f.Share, ExcelStyle.Text);
                row++;
            }
        }

        return row;
    }

    private static void Indicators(SheetBuilder sheet, int row, IReadOnlyList<Indicator> indicators)
    {
        var columns = DepartmentLayout.IndicatorColumns(indicators);
        // The twelve grid columns shared out among the indicator columns, the first ones one wider when they do not divide.
        var spans = Enumerable.Range(0, columns.Count).Select(i => (12 / columns.Count) + (i < 12 % columns.Count ? 1 : 0)).ToArray();
        sheet.Merge(row, 1, row + indicators.Count, 1, "年度绩效指标", ExcelStyle.Label);
        for (var r = 0; r <= indicators.Count; r++)
        {
            var column = 2;
            for (var c = 0; c < columns.Count; c++)
            {
                var text = r == 0 ? columns[c].Heading : columns[c].Value(indicators[r - 1]);
                sheet.Merge(row + r, column, row + r, column + spans[c] - 1, text, r == 0 ? ExcelStyle.Label : ExcelStyle.Text);
                column += spans[c];
            }
        }
    }
}
