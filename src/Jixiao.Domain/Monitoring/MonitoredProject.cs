using Jixiao.Domain.Monitoring.Rules;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Monitoring;

/// <summary>A monitoring report with its lights and MON findings: what the web page, the CLI and the exported
/// 监控表 show.</summary>
public sealed record MonitoredProject(MonitoringAssessment Assessment, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>未填报: nothing of the form is filled in; only the spending (from the payments) is judged.</summary>
    public bool IsBlank => Assessment.Report.IsBlank;

    /// <summary>The project light in words ("黄灯"), or "未填报".</summary>
    public string Status => IsBlank ? Evaluation.ScoredEvaluation.NotFilledText : Assessment.ProjectLight.ToChinese();

    public static MonitoredProject Assess(MonitoringReport report, MonitoringProfile profile)
    {
        var assessment = MonitoringAssessor.Assess(report, profile);
        var rules = report.IsBlank ? MonitoringRules.OnSpending : MonitoringRules.All;
        return new MonitoredProject(assessment, [.. rules.SelectMany(r => r.Check(assessment))]);
    }
}
