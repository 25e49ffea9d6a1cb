using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.GoalTables;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Word;

/// <summary>
/// The 部门整体支出绩效目标表 as the 财预〔2015〕88号 form lays it out: 部门（单位）名称, 部门职能概述, 年度主要任务 (任务名称,
/// 主要内容, 预算金额 split into 总额 / 财政拨款 / 其他资金 when any amount is, and the 金额合计 row), the 收入构成 /
/// 支出构成 blocks with their 占比, 年度总体目标 and the indicator table (一级/二级/三级指标, 指标值; 绩效指标描述,
/// 指标值确定依据 and 分值 only when a row fills them). Every label is one the department table reader knows, so the
/// export reads back as written.
/// </summary>
internal static class WordDepartmentTable
{
    /// <summary>The heading, without the year.</summary>
    public const string Title = "四、部门整体支出绩效目标表";

    /// <summary>The heading as the exports print it: with the year (「四、2024年度部门整体支出绩效目标表」) unless the
    /// project codes give it — a year printed above the tables is taken before theirs —, so that a document of the
    /// department's goals alone, with no title, keeps its year through the file.</summary>
    public static string TitleFor(PerformanceDocument document)
    {
        var year = document.FiscalYear > 0 && document.FiscalYearSource != ValueSource.ProjectCode
            ? document.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年度" : string.Empty;
        return Title.Insert(Title.IndexOf('、', StringComparison.Ordinal) + 1, year);
    }

    private const int Width = WordProjectTable.Width;
    private const int LabelWidth = 1500;
    private const int Rest = Width - LabelWidth;

    public static Table Build(DepartmentGoals goals, string departmentName) => Rows(goals, departmentName).Build();

    /// <summary>The form's rows before they become a Word table (the published text writes them as cells).</summary>
    public static GridTable Rows(DepartmentGoals goals, string departmentName)
    {
        var grid = new GridTable();
        grid.Add([GridCell.Label("单位：万元", Width) with { Align = JustificationValues.Right }]);
        grid.Add([GridCell.Label("部门（单位）名称", LabelWidth), new GridCell(departmentName, Rest)]);
        grid.Add([GridCell.Label("部门职能概述", LabelWidth), new GridCell(goals.Duties, Rest)]);
        var (taskFunds, groups) = DepartmentLayout.SplitFunds(goals);
        // The funds are read back in table order: the blocks go first when the table gave them first.
        var groupsFirst = goals.Funds.Count > 0 && goals.Funds[0].Group.Length > 0;
        if (groupsFirst)
        {
            AddGroups(grid, groups);
        }

        AddTasks(grid, goals.Tasks, taskFunds);
        if (!groupsFirst)
        {
            AddGroups(grid, groups);
        }

        grid.Add([GridCell.Label("年度总体目标", LabelWidth), new GridCell(goals.OverallGoal, Rest)]);
        AddIndicators(grid, goals.Indicators);
        return grid;
    }

    private static void AddTasks(GridTable grid, IReadOnlyList<DepartmentTask> tasks, DepartmentLayout.TaskFunds funds)
    {
        if (tasks.Count == 0 && funds.Total is null)
        {
            return;
        }

        const int name = 1500, content = 1900;
        var amounts = Rest - name - content;
        var split = DepartmentLayout.IsSplit(tasks, funds);
        var label = GridCell.Label("年度主要任务", LabelWidth) with { Merge = CellMerge.Start };
        var more = label with { Text = string.Empty, Merge = CellMerge.Continue };
        if (split)
        {
            var third = amounts / 3;
            int[] widths = [third, third, amounts - (2 * third)];
            grid.Add([label, GridCell.Label("任务名称", name) with { Merge = CellMerge.Start }, GridCell.Label("主要内容", content) with { Merge = CellMerge.Start },
                GridCell.Label("预算金额", amounts)]);
            grid.Add([more, GridCell.Label(string.Empty, name) with { Merge = CellMerge.Continue }, GridCell.Label(string.Empty, content) with { Merge = CellMerge.Continue },
                GridCell.Label("总额", widths[0]), GridCell.Label("财政拨款", widths[1]), GridCell.Label("其他资金", widths[2])]);
            foreach (var t in tasks)
            {
                grid.Add([more, new GridCell(t.Name, name), new GridCell(t.Content, content), Money(t.Budget, widths[0]), Money(t.FiscalFunds, widths[1]), Money(t.OtherFunds, widths[2])]);
            }

            if (funds.Total is { } total)
            {
                grid.Add([more, GridCell.Label(total.Label, name), new GridCell(string.Empty, content), Money(total.Amount, widths[0]),
                    Money(funds.Fiscal?.Amount, widths[1]), Money(funds.Other?.Amount, widths[2])]);
            }

            return;
        }

        grid.Add([label, GridCell.Label("任务名称", name), GridCell.Label("主要内容", content), GridCell.Label("预算金额", amounts)]);
        foreach (var t in tasks)
        {
            grid.Add([more, new GridCell(t.Name, name), new GridCell(t.Content, content), Money(t.Budget, amounts)]);
        }

        if (funds.Total is { } sum)
        {
            grid.Add([more, GridCell.Label(sum.Label, name), new GridCell(string.Empty, content), Money(sum.Amount, amounts)]);
        }
    }

    private static void AddGroups(GridTable grid, IReadOnlyList<IGrouping<string, DepartmentFund>> groups)
    {
        const int label = 1800, amount = 2500;
        foreach (var group in groups)
        {
            var first = true;
            foreach (var f in group)
            {
                grid.Add(
                    [
                        GridCell.Label(first ? group.Key : string.Empty, LabelWidth) with { Merge = first ? CellMerge.Start : CellMerge.Continue },
                        GridCell.Label(f.Label, label),
                        Money(f.Amount, amount),
                        new GridCell(f.Share, Rest - label - amount),
                    ]);
                first = false;
            }
        }
    }

    private static void AddIndicators(GridTable grid, IReadOnlyList<Indicator> indicators)
    {
        var columns = DepartmentLayout.IndicatorColumns(indicators);
        var weights = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => Rest * c.Weight / weights).ToArray();
        widths[^1] += Rest - widths.Sum();
        grid.Add([GridCell.Label("年度绩效指标", LabelWidth) with { Merge = CellMerge.Start }, .. columns.Select((c, i) => GridCell.Label(c.Heading, widths[i]))], header: false);
        foreach (var row in indicators)
        {
            grid.Add([GridCell.Label(string.Empty, LabelWidth) with { Merge = CellMerge.Continue }, .. columns.Select((c, i) => new GridCell(c.Value(row), widths[i]))]);
        }
    }

    private static GridCell Money(Money? value, int width) =>
        new(value?.ToWanYuanString(0) ?? string.Empty, width) { Align = JustificationValues.Right };
}
