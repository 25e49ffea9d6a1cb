using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;

namespace Jixiao.Evaluation.Tests;

/// <summary>Small builders so each worked example states only the numbers it is about.</summary>
internal static class Build
{
    public static EvaluationIndicator Row(string level1, string name, string target, string actual, decimal? points = null, decimal? declared = null, string reason = "", bool notApplicable = false) => new()
    {
        Level1 = level1,
        Level2 = level1 switch { "产出指标" => "数量指标", "效益指标" => "社会效益指标", _ => "服务对象满意度指标" },
        Name = name,
        Target = TargetValue.Parse(target),
        Actual = actual,
        Points = points,
        DeclaredScore = declared,
        DeviationReason = reason,
        NotApplicable = notApplicable,
    };

    /// <summary>A 自评表 with A = <paramref name="adjusted"/> and B = <paramref name="spent"/> (万元).</summary>
    public static SelfEvaluation Evaluation(decimal adjusted, decimal spent, string reason = "", params EvaluationIndicator[] rows) => new()
    {
        FiscalYear = 2023,
        ProjectCode = "13060223P00041270006K",
        ProjectName = "测试项目",
        Budget = new BudgetExecution
        {
            InitialBudget = Money.FromWanYuan(adjusted),
            AdjustedBudget = Money.FromWanYuan(adjusted),
            Spent = Money.FromWanYuan(spent),
            Reason = reason,
        },
        Indicators = rows,
    };

    /// <summary>Every block filled with one full-mark row, plus <paramref name="extra"/>.</summary>
    public static EvaluationIndicator[] FullRows() =>
    [
        Row("产出指标", "产出", "≥10个", "10个", 50),
        Row("效益指标", "效益", "≥80%", "90%", 30),
        Row("满意度指标", "满意度", "≥90%", "95%", 10),
    ];
}
