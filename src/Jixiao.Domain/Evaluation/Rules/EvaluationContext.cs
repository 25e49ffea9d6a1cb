using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>What an EVL rule looks at: the form, its computed scores, the profile, and (when known) the approved
/// goal table the form must follow (EVL-09).</summary>
public sealed record EvaluationContext(EvaluationResult Result, BudgetProject? Approved)
{
    public SelfEvaluation Evaluation => Result.Evaluation;

    public ScoringProfile Profile => Result.Profile;
}
