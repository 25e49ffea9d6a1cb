using System.Text.Json;
using Jixiao.Documents.FormReading;
using Jixiao.Documents.Json;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Monitoring;

/// <summary>The assessed 监控表 as JSON (`jixiao monitor --format json`, the web API): ratios, lights with their
/// explanations, what the unit wrote (全年预计执行数, 完成目标可能性, 偏差原因, 纠偏措施), the MON findings, and — for a
/// form read from a file — the money unit and the skipped rows. Output only.</summary>
public static class MonitoredProjectJson
{
    public const string FormatId = "jixiao.monitoring-assessment/1";

    public static string Write(MonitoredProject monitored, ImportedMonitoring? source = null)
    {
        var a = monitored.Assessment;
        var r = a.Report;
        static decimal? R(decimal? v) => v is { } x ? ScoreRounding.Round(x) : null;
        var dto = new
        {
            format = FormatId,
            status = monitored.Status,
            blank = monitored.IsBlank,
            source = source is null ? null : FormSourceJson.Of(source.TableName, source.MoneyUnit, r.Indicators.Count, source.Skipped),
            fiscalYear = r.FiscalYear,
            month = r.Month,
            projectCode = r.ProjectCode,
            projectName = r.ProjectName,
            profile = a.Profile.Id,
            budget = r.Budget.ToWanYuanString(),
            spent = r.Spent.ToWanYuanString(),
            expectedAnnualSpending = r.ExpectedAnnualSpending?.ToWanYuanString(),
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
                expectedAnnual = i.Indicator.ExpectedAnnual,
                possibility = i.Indicator.Possibility,
                deviationReason = i.Indicator.DeviationReason,
                measures = i.Indicator.Measures,
            }),
            goalLight = LightName(a.GoalLight),
            projectLight = LightName(a.ProjectLight),
            projectLightExplanation = a.ProjectLightExplanation,
            deviationReason = r.DeviationReason.Length > 0 ? r.DeviationReason : null,
            correctiveAction = r.CorrectiveAction.Length > 0 ? r.CorrectiveAction : null,
            moneyUnit = r.MoneyUnit.Length > 0 ? r.MoneyUnit : null,
            findings = monitored.Findings.Select(FindingDto.From),
        };
        return JsonSerializer.Serialize(dto, DocumentJson.Options);
    }

    private static string LightName(Light light) => light.ToString().ToLowerInvariant();
}
