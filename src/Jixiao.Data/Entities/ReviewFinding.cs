using Jixiao.Domain.Review;

namespace Jixiao.Data.Entities;

/// <summary>A stored <see cref="Finding"/>: rule, severity, where (project, indicator row, goal, field), message,
/// advice and source (<see cref="TextId"/>), and the points it cost.</summary>
public class ReviewFinding : IReviewLine
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

    /// <summary>The key of the finding's advice and source (<see cref="FindingText"/>), shared with every finding that
    /// has the same. A plain column, not a foreign key: EF would give a foreign key an index of its own, which every
    /// finding written would pay a second index insert for, to serve deletes of texts that never happen (texts are only
    /// ever added, in the transaction that writes the findings using them).</summary>
    public long TextId { get; set; }

    /// <summary>Points deducted from the quality score for this finding.</summary>
    public decimal Deduction { get; set; }
}
