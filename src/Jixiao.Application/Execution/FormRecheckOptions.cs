using Jixiao.Documents.FormReading;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Application.Execution;

/// <summary>How an uploaded 自评表 or 监控表 is checked: the mode (复核 by default: a submitted table is being
/// checked), the money unit when the form does not say it, and the profiles. The page and the API read the same
/// parameters the same way, so an unknown value gets the same Chinese message from both.</summary>
public sealed record FormRecheckOptions(EvaluationMode Mode, MoneyUnit? MoneyUnit, ScoringProfile Scoring, MonitoringProfile Monitoring)
{
    public static FormRecheckOptions Default { get; } = new(EvaluationMode.Recheck, null, ScoringProfile.National, MonitoringProfile.Hebei);

    /// <summary>Reads the parameters (empty means the default: 复核, the unit from the header, national scoring,
    /// Hebei monitoring); null with every problem in <paramref name="errors"/> otherwise.</summary>
    public static FormRecheckOptions? Parse(string? mode, string? moneyUnit, string? scoring, string? monitoring, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var parsedMode = Empty(mode) ? Default.Mode : EvaluationModeExtensions.Parse(mode);
        if (parsedMode is null)
        {
            problems.Add($"模式“{mode}”无法识别：应为 recheck（复核）或 score（打分）。");
        }

        var unit = Empty(moneyUnit) ? null : MoneyUnit.Named(moneyUnit);
        if (!Empty(moneyUnit) && unit is null)
        {
            problems.Add($"金额单位“{moneyUnit}”无法识别：应为{string.Join("或", MoneyUnits.All.Select(u => u.Name))}；表头已注明单位时可不填。");
        }

        var scoringProfile = Empty(scoring) ? Default.Scoring : ScoringProfile.Find(scoring!);
        if (scoringProfile is null)
        {
            problems.Add($"评分方案“{scoring}”不存在：可选 {string.Join("、", ScoringProfile.BuiltIn.Select(p => $"{p.Id}（{p.Name}）"))}。");
        }

        var monitoringProfile = Empty(monitoring) ? Default.Monitoring : MonitoringProfile.Find(monitoring!);
        if (monitoringProfile is null)
        {
            problems.Add($"监控方案“{monitoring}”不存在：可选 {string.Join("、", MonitoringProfile.BuiltIn.Select(p => $"{p.Id}（{p.Name}）"))}。");
        }

        errors = problems;
        return problems.Count > 0 ? null : new FormRecheckOptions(parsedMode!.Value, unit, scoringProfile!, monitoringProfile!);
    }

    private static bool Empty(string? text) => string.IsNullOrWhiteSpace(text);
}
