namespace Jixiao.Domain.Review;

/// <summary>Points a finding costs (see docs/review.md and <see cref="QualityScore"/>): each finding deducts by
/// severity, each rule's deduction on one table is capped, and a table with an error-severity finding cannot score
/// above <see cref="ErrorScoreCap"/>.</summary>
public sealed class ReviewScoring
{
    public decimal ErrorDeduction { get; init; } = 20;

    public decimal WarningDeduction { get; init; } = 5;

    public decimal InfoDeduction { get; init; } = 1;

    public decimal ErrorCapPerRule { get; init; } = 40;

    public decimal WarningCapPerRule { get; init; } = 15;

    public decimal InfoCapPerRule { get; init; } = 2;

    /// <summary>79: a table with an error is at best 中 (修改后重新报送).</summary>
    public decimal ErrorScoreCap { get; init; } = 79;

    public decimal Deduction(Severity severity) => severity switch
    {
        Severity.Error => ErrorDeduction,
        Severity.Warning => WarningDeduction,
        _ => InfoDeduction,
    };

    public decimal CapPerRule(Severity severity) => severity switch
    {
        Severity.Error => ErrorCapPerRule,
        Severity.Warning => WarningCapPerRule,
        _ => InfoCapPerRule,
    };
}
