namespace Jixiao.Domain.Evaluation;

/// <summary>The scored 自评表: budget score, row scores, total and grade, each with its explanation.</summary>
public sealed record EvaluationResult
{
    public required SelfEvaluation Evaluation { get; init; }

    /// <summary>The points and formulas used: the scoring profile, with the form's own points where it prints them
    /// (<see cref="PointsPlan"/>).</summary>
    public required ScoringProfile Profile { get; init; }

    public EvaluationMode Mode { get; init; } = EvaluationMode.Score;

    public required BudgetScore Budget { get; init; }

    public required IReadOnlyList<IndicatorScore> Indicators { get; init; }

    /// <summary>Points of blocks that had no applicable row and were forfeited or redistributed, with how.</summary>
    public IReadOnlyList<string> BlockNotes { get; init; } = [];

    /// <summary>The rows that count towards the total: every row but subtotal rows.</summary>
    public IEnumerable<IndicatorScore> Counted => Indicators.Where(i => i.Method != ScoringMethod.Subtotal);

    /// <summary>总分 = budget score + row scores (each already rounded).</summary>
    public decimal Total => Budget.Score + Counted.Sum(i => i.Score);

    public Grade Grade => GradeExtensions.FromScore(Total);

    public string TotalExplanation =>
        $"总分 = 预算执行 {ScoreRounding.Format(Budget.Score)} + 指标得分 {string.Join(" + ", Counted.Where(i => i.Method != ScoringMethod.NotApplicable).Select(i => ScoreRounding.Format(i.Score)))} = {ScoreRounding.Format(Total)}；"
        + $"{ScoreRounding.Format(Total)} 分对应等级“{Grade.ToChinese()}”（优 ≥90，良 ≥80，中 ≥60，差 <60）";
}
