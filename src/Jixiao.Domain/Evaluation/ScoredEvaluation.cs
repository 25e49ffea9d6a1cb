using Jixiao.Domain.Evaluation.Rules;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Evaluation;

/// <summary>A 自评表 scored and checked: what the web page, the CLI and the exported table show.</summary>
public sealed record ScoredEvaluation(EvaluationResult Result, IReadOnlyList<Finding> Findings)
{
    public const string NotFilledText = "未填报";

    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    public EvaluationMode Mode => Result.Mode;

    /// <summary>未填报: nothing is filled in, so there is no score and no finding to show (see <see cref="SelfEvaluation.IsBlank"/>).</summary>
    public bool IsBlank => Result.Evaluation.IsBlank;

    /// <summary>"96.00 分（优）", or "未填报".</summary>
    public string Status => IsBlank ? NotFilledText : $"{ScoreRounding.Format(Result.Total)} 分（{Result.Grade.ToChinese()}）";

    /// <summary>Scores <paramref name="evaluation"/> by <paramref name="profile"/> in <paramref name="mode"/> and runs
    /// every EVL rule; EVL-09 only when the approved goal table is given. A blank form gets no findings.</summary>
    public static ScoredEvaluation Evaluate(SelfEvaluation evaluation, ScoringProfile profile, BudgetProject? approved = null, EvaluationMode mode = EvaluationMode.Score)
    {
        var result = SelfEvaluationScorer.Score(evaluation, profile, mode);
        if (evaluation.IsBlank)
        {
            return new ScoredEvaluation(result, []);
        }

        var context = new EvaluationContext(result, approved);
        return new ScoredEvaluation(result, [.. EvaluationRules.All.SelectMany(r => r.Check(context))]);
    }
}
