using Jixiao.Domain.Review;

namespace Jixiao.Application.Review;

/// <summary>A stored finding as the lists read it (with its run's document), before the names are looked up.</summary>
internal sealed class FindingColumns
{
    public long Id { get; init; }

    public long ReviewRunId { get; init; }

    public int DocumentId { get; init; }

    public int? ProjectId { get; init; }

    public string? ProjectCode { get; init; }

    public int? ProjectSequence { get; init; }

    public string RuleId { get; init; } = string.Empty;

    public Severity Severity { get; init; }

    public int? IndicatorRow { get; init; }

    public int? GoalNumber { get; init; }

    public string? Field { get; init; }

    public string Message { get; init; } = string.Empty;

    public string Fix { get; init; } = string.Empty;
}
