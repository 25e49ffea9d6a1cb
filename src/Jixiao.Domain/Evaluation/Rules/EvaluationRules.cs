namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>The EVL rules of DOMAIN.md §11.10 and the re-check rules EVL-11/12, in id order.</summary>
public static class EvaluationRules
{
    public static IReadOnlyList<EvaluationRule> All { get; } =
    [
        new Evl01Weights(),
        new Evl02BudgetExecution(),
        new Evl03LowExecutionReason(),
        new Evl04DeclaredScore(),
        new Evl05QualitativeBand(),
        new Evl06ShortfallReason(),
        new Evl07OvershootReason(),
        new Evl08Grade(),
        new Evl09ApprovedRows(),
        new Evl10Inflation(),
        new Evl11NotRecheckable(),
        new Evl12GroupTotals(),
    ];
}
