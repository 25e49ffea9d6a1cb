using System.Globalization;
using Jixiao.Documents.Forms;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Monitoring;

/// <summary>
/// The 项目支出绩效目标执行监控表（1–N月）in its standard layout (DOMAIN.md §6.3), twelve columns: header, the money
/// block (年初预算数 | 调整后预算数 | 1–N月执行数 | 执行率 | 全年预计执行数 | 预警) with how the light was found, 年度总体目标
/// (年初设定目标 | 1–N月实际完成情况), the indicator rows (一级/二级指标 merged down, 年度指标值, 1–N月实际完成值,
/// 全年预计完成情况, 偏差原因分析 as category and text, 改进措施, 完成目标可能性, 预警, 备注), then the project light.
/// Each light is written as its word (红灯 …) on its colour, so it survives black-and-white printing.
/// </summary>
internal static class MonitoringLayout
{
    public const string Title = "项目支出绩效目标执行监控表";

    private static readonly double[] Widths = [9, 11, 16, 10, 11, 11, 10, 16, 14, 9, 7, 10];

    public static FormGrid Build(MonitoredProject monitored)
    {
        var a = monitored.Assessment;
        var r = a.Report;
        var m = r.Month.ToString(CultureInfo.InvariantCulture);
        var period = $"1–{m}月";
        var grid = new FormGrid($"{Title}（{period}）", $"（{r.FiscalYear.ToString(CultureInfo.InvariantCulture)}年度）　　单位：万元", Widths);
        grid.Label(1, 1, 1, 2, "项目名称");
        grid.Put(1, 3, 1, 7, r.ProjectName);
        grid.Label(1, 8, 1, 8, "项目编码");
        grid.Put(1, 9, 1, 12, r.ProjectCode);
        grid.Label(2, 1, 2, 2, "主管部门");
        grid.Put(2, 3, 2, 7, r.DepartmentName);
        grid.Label(2, 8, 2, 8, "实施单位");
        grid.Put(2, 9, 2, 12, r.UnitName);

        grid.Label(3, 1, 6, 2, "预算执行情况（万元）");
        string[] headers = ["年初预算数", "调整后预算数", $"{period}执行数", "执行率", "全年预计执行数", "预警"];
        int[][] spans = [[3, 4], [5, 6], [7, 8], [9, 9], [10, 11], [12, 12]];
        for (var i = 0; i < headers.Length; i++)
        {
            grid.Label(3, spans[i][0], 3, spans[i][1], headers[i]);
        }

        grid.Put(4, 3, 4, 4, r.InitialBudget.ToWanYuanString(), FormCellKind.Money, r.InitialBudget.WanYuan);
        grid.Put(4, 5, 4, 6, r.AdjustedBudget?.ToWanYuanString() ?? string.Empty, FormCellKind.Money, r.AdjustedBudget?.WanYuan);
        grid.Put(4, 7, 4, 8, r.Spent.ToWanYuanString(), FormCellKind.Money, r.Spent.WanYuan);
        grid.Put(4, 9, 4, 9, FormGrid.Percent(a.ExecutionRate), FormCellKind.Centered);
        grid.Put(4, 10, 4, 11, r.ExpectedAnnualSpending?.ToWanYuanString() ?? string.Empty, FormCellKind.Money, r.ExpectedAnnualSpending?.WanYuan);
        grid.Light(4, 12, 12, new[] { a.BudgetLight, a.PlanLight }.Worst());
        grid.Label(5, 3, 5, 4, "对照时间进度");
        grid.Put(5, 5, 5, 11, a.BudgetExplanation);
        grid.Light(5, 12, 12, a.BudgetLight);
        grid.Label(6, 3, 6, 4, "对照支出计划");
        grid.Put(6, 5, 6, 11, a.PlanExplanation);
        grid.Light(6, 12, 12, a.PlanLight);

        grid.Label(7, 1, 8, 2, "年度总体目标");
        grid.Label(7, 3, 7, 7, "年初设定目标");
        grid.Label(7, 8, 7, 12, $"{period}实际完成情况");
        grid.Put(8, 3, 8, 7, r.ExpectedGoal);
        grid.Put(8, 8, 8, 12, r.GoalProgress);

        string[] indicatorHeaders = ["一级指标", "二级指标", "三级指标", "年度指标值", $"{period}实际完成值", "全年预计完成情况", "偏差原因类别", "偏差原因分析", "改进措施", "完成目标可能性", "预警", "备注"];
        for (var i = 0; i < indicatorHeaders.Length; i++)
        {
            grid.Label(9, i + 1, 9, i + 1, indicatorHeaders[i]);
        }

        grid.KeepWithNext.Add(9);
        grid.RepeatedHeaderRow = 9;
        AddIndicators(grid, 10, a.Indicators);
        var next = grid.RowCount + 1;
        grid.Label(next, 1, next, 2, "项目预警");
        grid.Light(next, 3, 3, a.ProjectLight);
        grid.Put(next, 4, next, 12, a.ProjectLightExplanation);
        grid.Label(next + 1, 1, next + 1, 2, "纠偏措施");
        grid.Put(next + 1, 3, next + 1, 12, r.CorrectiveAction);

        grid.Notes.Add(("指标判断说明", [.. a.Indicators.Select(i => $"第 {i.Row.ToString(CultureInfo.InvariantCulture)} 行 {i.Indicator.Name}：{i.Light.ToChinese()}，{i.Explanation}")]));
        grid.Notes.Add(("审核问题", FormGrid.FindingLines(monitored.Findings)));
        return grid;
    }

    private static void AddIndicators(FormGrid grid, int first, IReadOnlyList<IndicatorProgress> rows)
    {
        foreach (var (a, b) in FormGrid.Runs([.. rows.Select(i => i.Indicator.Level1)]))
        {
            grid.Put(first + a, 1, first + b, 1, rows[a].Indicator.Level1, FormCellKind.Centered);
        }

        foreach (var (a, b) in FormGrid.Runs([.. rows.Select(i => i.Indicator.Level1 + "\u0001" + i.Indicator.Level2)]))
        {
            grid.Put(first + a, 2, first + b, 2, rows[a].Indicator.Level2, FormCellKind.Centered);
        }

        for (var n = 0; n < rows.Count; n++)
        {
            var i = rows[n].Indicator;
            var row = first + n;
            grid.Put(row, 3, i.Name);
            grid.Put(row, 4, i.Target.Text.Trim(), FormCellKind.Centered);
            grid.Put(row, 5, i.Actual.Trim(), FormCellKind.Centered);
            grid.Put(row, 6, i.ExpectedAnnual.Trim(), FormCellKind.Centered);
            grid.Put(row, 7, i.DeviationCategory, FormCellKind.Centered);
            grid.Put(row, 8, i.DeviationReason);
            grid.Put(row, 9, i.Measures);
            grid.Put(row, 10, i.Possibility, FormCellKind.Centered);
            grid.Light(row, 11, 11, rows[n].Light);
            grid.Put(row, 12, i.Remark);
        }
    }
}
