namespace Jixiao.Domain.Evaluation;

/// <summary>
/// 分值 or 得分 a 自评表 prints for a group of indicator rows instead of (or as well as) for each row: "产出指标(50分)"
/// in the 一级 cell, "数量指标(10分)" in the 二级 cell, or one 得分 cell merged over a 二级 group's rows.
/// </summary>
public sealed record DeclaredGroup
{
    public required string Level1 { get; init; }

    /// <summary>The 二级指标, or null when the group is the whole 一级指标.</summary>
    public string? Level2 { get; init; }

    public decimal? Points { get; init; }

    public decimal? Score { get; init; }

    /// <summary>Where it is printed ("产出指标(50分)", B14), for messages.</summary>
    public string Label { get; init; } = string.Empty;

    public bool Contains(EvaluationIndicator row) =>
        Same(row.Level1, Level1) && (Level2 is null || Same(row.Level2, Level2));

    private static bool Same(string a, string b) => Text.ChineseText.Key(a) == Text.ChineseText.Key(b);
}
