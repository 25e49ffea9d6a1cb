using Jixiao.Domain.Review;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>One MON rule of DOMAIN.md §11.9.</summary>
public abstract class MonitoringRule
{
    public abstract string Id { get; }

    public abstract Severity Severity { get; }

    public abstract string Source { get; }

    public abstract IEnumerable<Finding> Check(MonitoringAssessment assessment);

    protected Finding Make(MonitoringAssessment assessment, string message, string fix, int? row = null, string? field = null, Severity? severity = null) => new()
    {
        RuleId = Id,
        Severity = severity ?? Severity,
        Dimension = ReviewDimension.Feasibility,
        ProjectCode = assessment.Report.ProjectCode,
        ProjectName = assessment.Report.ProjectName,
        IndicatorRow = row,
        Field = field,
        Message = message,
        Fix = fix,
        Source = Source,
    };

    protected static string RowName(IndicatorProgress row) => $"第 {row.Row} 行指标“{row.Indicator.Name}”";
}
