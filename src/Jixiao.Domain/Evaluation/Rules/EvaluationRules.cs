namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>The EVL rules of DOMAIN.md §11.10, the re-check rules EVL-11/12/13 and EVL-14 (assumed 分值), in id order.</summary>
public static class EvaluationRules
{
    public static IReadOnlyList<EvaluationRule> All { get; } =
    [
        new Evl01WeightsRule(),
        new Evl02BudgetExecutionRule(),
        new Evl03LowExecutionReasonRule(),
        new Evl04DeclaredScoreRule(),
        new Evl05QualitativeBandRule(),
        new Evl06ShortfallReasonRule(),
        new Evl07OvershootReasonRule(),
        new Evl08GradeRule(),
        new Evl09ApprovedRowsRule(),
        new Evl10InflationRule(),
        new Evl11NotRecheckableRule(),
        new Evl12GroupTotalsRule(),
        new Evl13ReviewedScoreRule(),
        new Evl14AssumedPointsRule(),
    ];
}
