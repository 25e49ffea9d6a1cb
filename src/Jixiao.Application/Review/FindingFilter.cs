using Jixiao.Domain.Review;

namespace Jixiao.Application.Review;

/// <summary>Which findings to list: a region's year, optionally one rule, severity, unit, document or project.</summary>
public sealed record FindingFilter(string RegionCode, int Year)
{
    public string? RuleId { get; init; }

    public Severity? Severity { get; init; }

    public int? UnitId { get; init; }

    /// <summary>A unit editor's units (<see cref="Users.UserAccess.OnlyUnitIds"/>): only their projects' findings and the
    /// document-level findings of their departments, on
    /// top of <see cref="UnitId"/>. Null: no limit.</summary>
    public IReadOnlyList<int>? OnlyUnitIds { get; init; }

    public int? DocumentId { get; init; }

    public int? ProjectId { get; init; }
}
