using Jixiao.Domain.Monitoring.Rules;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Monitoring;

/// <summary>A monitoring report with its lights and MON findings: what the web page, the CLI and the exported
/// 监控表 show.</summary>
public sealed record MonitoredProject(MonitoringAssessment Assessment, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    public static MonitoredProject Assess(MonitoringReport report, MonitoringProfile profile)
    {
        var assessment = MonitoringAssessor.Assess(report, profile);
        return new MonitoredProject(assessment, [.. MonitoringRules.All.SelectMany(r => r.Check(assessment))]);
    }
}
