using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Evaluation;

/// <summary>A blank 自评表 prefilled from the approved goal table: the same indicator rows and 年度指标值 (so EVL-09
/// holds by construction), the goals as 预期目标, and the approved budget as 年初预算数 and 全年预算数.</summary>
public static class SelfEvaluationForm
{
    public static SelfEvaluation FromApproved(BudgetProject approved, int fiscalYear, string departmentName = "") => new()
    {
        FiscalYear = fiscalYear,
        ProjectCode = approved.ProjectCode,
        ProjectName = approved.ProjectName,
        DepartmentName = departmentName,
        UnitName = approved.UnitName,
        Budget = new BudgetExecution { InitialBudget = approved.Budget, AdjustedBudget = approved.Budget },
        ExpectedGoal = string.Join('\n', approved.Goals.Select(g => $"{g.Number}.{g.Text}")),
        Indicators = [.. approved.Indicators.Select(i => new EvaluationIndicator { Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Target = i.Target })],
    };
}
