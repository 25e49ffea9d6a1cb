using System.Text.Json;
using Jixiao.Documents.Json;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Monitoring;

/// <summary>The assessed 监控表 as JSON (`jixiao monitor --format json`, the web API): ratios, lights with their
/// explanations, and the MON findings. Output only.</summary>
public static class MonitoredProjectJson
{
    public const string FormatId = "jixiao.monitoring-assessment/1";

    public static string Write(MonitoredProject monitored)
    {
        var a = monitored.Assessment;
        var r = a.Report;
        static decimal? R(decimal? v) => v is { } x ? ScoreRounding.Round(x) : null;
        var dto = new
        {
            format = FormatId,
            status = monitored.Status,
            blank = monitored.IsBlank,
            fiscalYear = r.FiscalYear,
            month = r.Month,
            projectCode = r.ProjectCode,
            projectName = r.ProjectName,
            profile = a.Profile.Id,
            budget = r.Budget.ToWanYuanString(),
            spent = r.Spent.ToWanYuanString(),
            executionRatePercent = R(a.ExecutionRate * 100m),
            timeRatio = R(a.TimeRatio),
            budgetLight = LightName(a.BudgetLight),
            budgetExplanation = a.BudgetExplanation,
            plannedPercent = a.PlannedPercent,
            planRatio = R(a.PlanRatio),
            planLight = LightName(a.PlanLight),
            planExplanation = a.PlanExplanation,
            indicators = a.Indicators.Select(i => new
            {
                row = i.Row,
                name = i.Indicator.Name,
                target = i.Indicator.Target.Text,
                actual = i.Indicator.Actual,
                kind = i.Kind,
                ratio = R(i.Ratio),
                light = LightName(i.Light),
                explanation = i.Explanation,
                possibility = i.Indicator.Possibility,
            }),
            goalLight = LightName(a.GoalLight),
            projectLight = LightName(a.ProjectLight),
            projectLightExplanation = a.ProjectLightExplanation,
            deviationReason = r.DeviationReason.Length > 0 ? r.DeviationReason : null,
            moneyUnit = r.MoneyUnit.Length > 0 ? r.MoneyUnit : null,
            findings = monitored.Findings.Select(FindingDto.From),
        };
        return JsonSerializer.Serialize(dto, DocumentJson.Options);
    }

    private static string LightName(Light light) => light.ToString().ToLowerInvariant();
}
