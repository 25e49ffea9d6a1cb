using Jixiao.Domain.Review;

namespace Jixiao.Data.Entities;

/// <summary>A stored <see cref="Finding"/>: rule, severity, where (project, indicator row, goal, field), message and
/// fix, and the points it cost.</summary>
public class ReviewFinding
{
    public long Id { get; set; }

    public long ReviewRunId { get; set; }

    /// <summary>"VAL-11" (DOMAIN.md §11).</summary>
    public string RuleId { get; set; } = string.Empty;

    public Severity Severity { get; set; }

    public ReviewDimension Dimension { get; set; }

    /// <summary>The project concerned; null for a document-level finding.</summary>
    public int? ProjectId { get; set; }

    public int? ProjectSequence { get; set; }

    public string? ProjectCode { get; set; }

    public int? IndicatorRow { get; set; }

    public int? GoalNumber { get; set; }

    public string? Field { get; set; }

    public string Message { get; set; } = string.Empty;

    public string Fix { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    /// <summary>Points deducted from the quality score for this finding.</summary>
    public decimal Deduction { get; set; }
}
