using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Tests;

/// <summary>A change of the 部门整体支出绩效目标表 is listed row by row and field by field, as the clerk finds it in the
/// table; a row added or removed is listed with every value it had, so the audit trail loses nothing.</summary>
public class DepartmentTableComparerTests
{
    private static readonly PerformanceDocument Before = new()
    {
        DepartmentGoals = new DepartmentGoals
        {
            OverallGoal = "全区传染病报告及时率达到95%以上。",
            Tasks = [new DepartmentTask { Name = "疾病预防控制", Budget = Money.FromWanYuan(120.5m), FiscalFunds = Money.FromWanYuan(100m), OtherFunds = Money.FromWanYuan(20.5m) }],
            Funds = [new DepartmentFund { Group = "收入构成", Label = "财政拨款", Amount = Money.FromWanYuan(100m) }],
            Indicators = [new Indicator { Level1 = "产出指标", Level2 = "数量指标", Name = "监测报告份数", Target = TargetValue.Parse("≥12份") }],
        },
    };

    [Fact]
    public void AChangedValue_IsOneLineNamingTheRowAndField()
    {
        var after = Before with
        {
            DepartmentGoals = Before.DepartmentGoals with
            {
                Tasks = [Before.DepartmentGoals.Tasks[0] with { FiscalFunds = Money.FromWanYuan(90m), OtherFunds = Money.FromWanYuan(30.5m) }],
                Indicators = [Before.DepartmentGoals.Indicators[0] with { Target = TargetValue.Parse("≥24份") }],
            },
        };

        Assert.Equal(
            ["部门整体绩效目标表 年度主要任务第1行 财政拨款：“100” → “90”", "部门整体绩效目标表 年度主要任务第1行 其他资金：“20.5” → “30.5”",
             "部门整体绩效目标表 第1行 指标值：“≥12份” → “≥24份”"],
            DocumentComparer.Differences(Before, after).Select(d => d.Sentence));
    }

    [Fact]
    public void ARemovedTable_ListsEveryValueItHad()
    {
        var after = Before with { DepartmentGoals = new DepartmentGoals { OverallGoal = Before.DepartmentGoals.OverallGoal } };

        Assert.Equal(
            ["部门整体绩效目标表 年度主要任务数: “1” → “0”", "部门整体绩效目标表 年度主要任务[1].任务名称: “疾病预防控制” → “”",
             "部门整体绩效目标表 年度主要任务[1].预算金额: “120.5” → “”", "部门整体绩效目标表 年度主要任务[1].财政拨款: “100” → “”",
             "部门整体绩效目标表 年度主要任务[1].其他资金: “20.5” → “”", "部门整体绩效目标表 资金行数: “1” → “0”",
             "部门整体绩效目标表 资金[1].构成: “收入构成” → “”", "部门整体绩效目标表 资金[1].项目: “财政拨款” → “”",
             "部门整体绩效目标表 资金[1].金额: “100” → “”", "部门整体绩效目标表 指标数: “1” → “0”",
             "部门整体绩效目标表 指标[1].一级指标: “产出指标” → “”", "部门整体绩效目标表 指标[1].二级指标: “数量指标” → “”",
             "部门整体绩效目标表 指标[1].三级指标: “监测报告份数” → “”", "部门整体绩效目标表 指标[1].指标值: “≥12份” → “”"],
            DocumentComparer.Compare(Before, after));
    }
}
