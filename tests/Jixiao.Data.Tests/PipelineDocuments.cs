using Jixiao.Domain.Goals;

namespace Jixiao.Data.Tests;

/// <summary>A small department document written for the pipeline tests: one project whose 按期办结率 target is set on
/// 历史标准, so BAS-03 has something to compare with last year's actual value.</summary>
internal static class PipelineDocuments
{
    public const string Region = "130682";
    public const string ProjectCode = "13068222P006780100010";
    public const string HistoricalIndicator = "举报件按期办结率";

    public static PerformanceDocument Create(int year, string historicalTarget = "≥95%") => new()
    {
        Title = $"纪律检查委员会{year}年部门预算绩效文本",
        FiscalYear = year,
        FiscalYearSource = ValueSource.Title,
        RegionCode = Region,
        RegionSource = ValueSource.ProjectCode,
        DepartmentCode = "222",
        DepartmentName = "纪律检查委员会",
        DepartmentGoals = new DepartmentGoals
        {
            OverallGoal = "保障检举举报平台全年稳定运行，举报件按期办结率不低于95%。",
            SubGoals = [new SubGoal { Number = 1, Title = "信访举报", GoalText = "保障检举举报平台全年稳定运行。", IndicatorText = "举报件按期办结率≥95%。" }],
            Safeguards = [new Safeguard { Number = 1, Title = "信访举报", Text = "举报件实行台账管理，每周通报办结进度。" }],
        },
        Projects =
        [
            new BudgetProject
            {
                Sequence = 1,
                UnitCode = "222001",
                UnitName = "纪律检查委员会本级",
                ProjectCode = ProjectCode,
                ProjectName = "检举举报平台经费",
                Budget = Money.FromWanYuan(12m),
                FiscalFunds = Money.FromWanYuan(12m),
                FundUse = "支付检举举报平台运维服务费10万元、专网线路租赁费2万元。",
                SpendingPlan = new SpendingPlan(SpendingPlan.HebeiMonths.Zip([30m, 55m, 80m, 100m], (m, p) => new SpendingCheckpoint(m, p))),
                Goals = [new Goal(1, "保障检举举报平台全年稳定运行，受理的检举举报件按期办结。")],
                Indicators =
                [
                    Row("产出指标", "数量指标", "平台运维服务月数", "=12月", "计划标准：平台运维服务合同"),
                    Row("产出指标", "时效指标", HistoricalIndicator, historicalTarget, "历史标准：上年按期办结率"),
                    Row("产出指标", "成本指标", "平台运维及线路租赁费用", "≤12万元", "计划标准：预算批复数"),
                    Row("效益指标", "社会效益指标", "网上举报占举报总量比例", "≥60%", "历史标准：上年网上举报占比"),
                    Row("满意度指标", "服务对象满意度指标", "举报人满意度", "≥90%", "历史标准：上年回访满意度"),
                ],
            },
        ],
    };

    private static Indicator Row(string level1, string level2, string name, string target, string basis) => new()
    {
        Level1 = level1,
        Level2 = level2,
        Name = name,
        Description = $"{name}，以台账为准",
        Target = TargetValue.Parse(target),
        TargetBasis = basis,
    };
}
