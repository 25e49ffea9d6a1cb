using Jixiao.Domain.Review;

namespace Jixiao.Application.Review;

/// <summary>One finding of the latest review, with the unit and project it concerns.</summary>
public sealed record FindingRow(
    long Id,
    int DocumentId,
    string DepartmentName,
    int? UnitId,
    string UnitCode,
    string UnitName,
    int? ProjectId,
    string? ProjectCode,
    string ProjectName,
    string RuleId,
    Severity Severity,
    int? IndicatorRow,
    int? GoalNumber,
    string? Field,
    string Message,
    string Fix);
