using Jixiao.Domain.Evaluation.Rules;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Evaluation;

/// <summary>A 自评表 scored and checked: what the web page, the CLI and the exported table show.</summary>
public sealed record ScoredEvaluation(EvaluationResult Result, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>Scores <paramref name="evaluation"/> by <paramref name="profile"/> and runs every EVL rule; EVL-09 only
    /// when the approved goal table is given.</summary>
    public static ScoredEvaluation Evaluate(SelfEvaluation evaluation, ScoringProfile profile, BudgetProject? approved = null)
    {
        var result = SelfEvaluationScorer.Score(evaluation, profile);
        var context = new EvaluationContext(result, approved);
        return new ScoredEvaluation(result, [.. EvaluationRules.All.SelectMany(r => r.Check(context))]);
    }
}
