using System.Globalization;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// What the exports of a 部门整体支出绩效目标表 (Word, Excel) share: which of the department's funds stand in the tasks'
/// 金额合计 row and which in the 收入构成 / 支出构成 blocks, whether the task budget is split into 总额 / 财政拨款 /
/// 其他资金, and which indicator columns the rows need.
/// </summary>
internal static class DepartmentLayout
{
    /// <summary>The funds of the tasks' 金额合计 row: its total and, on a split budget, the 财政拨款 and 其他资金 beside it.</summary>
    public sealed record TaskFunds(DepartmentFund? Total, DepartmentFund? Fiscal, DepartmentFund? Other);

    /// <summary>One indicator column: its heading (a label the indicator reader knows), the cell of a row, and its share
    /// of the width (text columns wider than 一级指标 or 分值).</summary>
    public sealed record IndicatorColumn(string Heading, Func<Indicator, string> Value, int Weight = 4);

    /// <summary>The funds outside any block (the 金额合计 row) and the blocks (收入构成, 支出构成) in table order.</summary>
    public static (TaskFunds Tasks, IReadOnlyList<IGrouping<string, DepartmentFund>> Groups) SplitFunds(DepartmentGoals goals)
    {
        var loose = goals.Funds.Where(f => f.Group.Length == 0).ToList();
        var total = loose.FirstOrDefault(f => DepartmentFigures.IsTotal(f.Label));
        var tasks = new TaskFunds(total, loose.FirstOrDefault(f => f.Label == "财政拨款"), loose.FirstOrDefault(f => f.Label == "其他资金"));
        return (tasks, [.. goals.Funds.Where(f => f.Group.Length > 0).GroupBy(f => f.Group)]);
    }

    /// <summary>The budget is split when any task or the 金额合计 row has a 财政拨款 or 其他资金 amount.</summary>
    public static bool IsSplit(IReadOnlyList<DepartmentTask> tasks, TaskFunds funds) =>
        funds.Fiscal is not null || funds.Other is not null || tasks.Any(t => t.FiscalFunds is not null || t.OtherFunds is not null);

    /// <summary>一级/二级/三级指标 and 指标值 (the form's columns), and 绩效指标描述, 指标值确定依据, 分值, 评分标准 and the
    /// table's other columns when a row fills them.</summary>
    public static IReadOnlyList<IndicatorColumn> IndicatorColumns(IReadOnlyList<Indicator> indicators)
    {
        var columns = new List<IndicatorColumn>
        {
            new("一级指标", i => i.Level1, 3),
            new("二级指标", i => i.Level2),
            new("三级指标", i => i.Name, 5),
        };
        if (indicators.Any(i => i.Description.Length > 0))
        {
            columns.Add(new("绩效指标描述", i => i.Description));
        }

        columns.Add(new("指标值", i => i.Target.Text));
        if (indicators.Any(i => i.TargetBasis.Length > 0))
        {
            columns.Add(new("指标值确定依据", i => i.TargetBasis));
        }

        if (indicators.Any(i => i.Weight is not null))
        {
            columns.Add(new("分值", i => i.Weight?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, 2));
        }

        // A published table's 评分标准 and other columns (指标值类型, 备注, 长期指标值) under the heading they were read from.
        foreach (var label in indicators.SelectMany(i => i.Standards).Select(t => t.Label).Distinct())
        {
            columns.Add(new(label, i => i.Standards.FirstOrDefault(t => t.Label == label)?.Text ?? string.Empty));
        }

        foreach (var label in indicators.SelectMany(i => i.Extras).Select(t => t.Label).Distinct())
        {
            columns.Add(new(label, i => i.Extras.FirstOrDefault(t => t.Label == label)?.Text ?? string.Empty, 3));
        }

        return columns;
    }
}
