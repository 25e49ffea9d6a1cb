using Jixiao.Domain.Review;

namespace Jixiao.Data.Entities;

/// <summary>How many findings of one rule and severity a review run found for one unit's projects (or for the document
/// itself: no unit), written with the run's findings. The 审核 list sums these lines (a few per unit and rule) instead
/// of counting a province's million findings on its first request.</summary>
public class ReviewFindingCount : IReviewLine
{
    public long Id { get; set; }

    public long ReviewRunId { get; set; }

    /// <summary>The unit of the findings' projects when the run was written; null for the findings without a project
    /// (the document's own, Part 1, rules across tables).</summary>
    public int? UnitId { get; set; }

    public string RuleId { get; set; } = string.Empty;

    public Severity Severity { get; set; }

    public int Count { get; set; }
}
