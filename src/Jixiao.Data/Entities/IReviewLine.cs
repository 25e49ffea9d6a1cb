using Jixiao.Domain.Review;

namespace Jixiao.Data.Entities;

/// <summary>What a stored finding (<see cref="ReviewFinding"/>) and a stored count line (<see cref="ReviewFindingCount"/>)
/// share: the run, rule and severity the 审核 list filters both by, with one query.</summary>
public interface IReviewLine
{
    long ReviewRunId { get; }

    string RuleId { get; }

    Severity Severity { get; }
}
