using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Tests.Evaluation;

/// <summary>Small builders: each worked example states only the numbers it is about.</summary>
internal static class Forms
{
    public static EvaluationIndicator Row(string level1, string name, string target, string actual, decimal? points, decimal? declared, string level2 = "数量指标") => new()
    {
        Level1 = level1,
        Level2 = level2,
        Name = name,
        Target = TargetValue.Parse(target),
        Actual = actual,
        Points = points,
        DeclaredScore = declared,
    };

    /// <summary>A printed 自评表: A and B in 万元, the declared budget score and total.</summary>
    public static SelfEvaluation Printed(decimal adjusted, decimal spent, decimal? budgetScore, decimal? total, PointsLayout? layout = null, params EvaluationIndicator[] rows) => new()
    {
        FiscalYear = 2022,
        ProjectName = "复核样例",
        Budget = new BudgetExecution
        {
            AdjustedBudget = Money.FromWanYuan(adjusted),
            Spent = Money.FromWanYuan(spent),
            DeclaredScore = budgetScore,
        },
        Indicators = rows,
        DeclaredTotal = total,
        Layout = layout ?? PointsLayout.None,
    };
}
