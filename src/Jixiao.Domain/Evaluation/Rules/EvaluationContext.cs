using Jixiao.Domain.Goals;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>What an EVL rule looks at: the form, its computed scores, the profile, and (when known) the approved
/// goal table the form must follow (EVL-09).</summary>
public sealed record EvaluationContext(EvaluationResult Result, BudgetProject? Approved)
{
    public SelfEvaluation Evaluation => Result.Evaluation;

    public ScoringProfile Profile => Result.Profile;

    public bool IsRecheck => Result.Mode == EvaluationMode.Recheck;

    /// <summary>Whether a declared score is to be reported against the computed one. Scoring a unit's own form
    /// tolerates the profile's margin (0.5 by default); a re-check reports every difference of 0.01 or more,
    /// because finding the printed slips is what it is for.</summary>
    public bool Differs(decimal declared, decimal computed) =>
        IsRecheck ? Round(declared) != Round(computed) : Math.Abs(declared - computed) > Profile.DeclaredScoreTolerance;

    /// <summary>"相差 0.80 分" in a re-check, "相差超过 0.5 分" otherwise.</summary>
    public string DifferenceText(decimal declared, decimal computed) =>
        IsRecheck ? $"相差 {Format(Math.Abs(Round(declared) - Round(computed)))} 分" : $"相差超过 {Number(Profile.DeclaredScoreTolerance)} 分";
}
