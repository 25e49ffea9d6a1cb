namespace Jixiao.Domain.Review;

/// <summary>The quality score of one project table (0–100, see docs/review.md), its 88号 grade and its findings
/// counted by severity.</summary>
public sealed record TableScore
{
    public int Sequence { get; init; }

    public string ProjectCode { get; init; } = string.Empty;

    public string ProjectName { get; init; } = string.Empty;

    public decimal Score { get; init; }

    public Grade Grade { get; init; }

    public int Errors { get; init; }

    public int Warnings { get; init; }

    public int Infos { get; init; }
}
