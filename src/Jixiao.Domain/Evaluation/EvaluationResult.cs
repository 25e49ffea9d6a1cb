namespace Jixiao.Domain.Evaluation;

/// <summary>The scored 自评表: budget score, row scores, total and grade, each with its explanation.</summary>
public sealed record EvaluationResult
{
    public required SelfEvaluation Evaluation { get; init; }

    public required ScoringProfile Profile { get; init; }

    public required BudgetScore Budget { get; init; }

    public required IReadOnlyList<IndicatorScore> Indicators { get; init; }

    /// <summary>Points of blocks that had no applicable row and were forfeited or redistributed, with how.</summary>
    public IReadOnlyList<string> BlockNotes { get; init; } = [];

    /// <summary>总分 = budget score + row scores (each already rounded).</summary>
    public decimal Total => Budget.Score + Indicators.Sum(i => i.Score);

    public Grade Grade => GradeExtensions.FromScore(Total);

    public string TotalExplanation =>
        $"总分 = 预算执行 {ScoreRounding.Format(Budget.Score)} + 指标得分 {string.Join(" + ", Indicators.Where(i => i.Method != ScoringMethod.NotApplicable).Select(i => ScoreRounding.Format(i.Score)))} = {ScoreRounding.Format(Total)}；"
        + $"{ScoreRounding.Format(Total)} 分对应等级“{Grade.ToChinese()}”（优 ≥90，良 ≥80，中 ≥60，差 <60）";
}
