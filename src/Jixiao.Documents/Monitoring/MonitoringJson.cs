using System.Text.Json;
using Jixiao.Documents.Json;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Monitoring;

/// <summary>The documented JSON form of a <see cref="MonitoringReport"/> (docs/evaluation.md): camelCase, money as
/// strings of 万元, the spending plan as cumulative percentages.</summary>
public static class MonitoringJson
{
    public const string FormatId = "jixiao.monitoring/1";

    public static string Write(MonitoringReport r) => JsonSerializer.Serialize(ToDto(r), DocumentJson.Options);

    public static FileRead<MonitoringReport> Read(string json, string? fileName = null)
    {
        var problems = new List<ReadProblem>();
        var dto = JsonFile.Read<MonitoringReportDto>(json, fileName, FormatId, d => d.Format, problems);
        return new FileRead<MonitoringReport>(dto is null ? null : FromDto(dto, fileName, problems), problems);
    }

    public static FileRead<MonitoringReport> ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        return File.Exists(path)
            ? Read(TextDecoding.Decode(File.ReadAllBytes(path)), name)
            : new FileRead<MonitoringReport>(null, [new ReadProblem(ProblemSeverity.Error, $"找不到文件“{path}”。请检查路径是否正确。") { File = name }]);
    }

    private static MonitoringReport FromDto(MonitoringReportDto d, string? file, List<ReadProblem> problems)
    {
        if (d.Month is < 1 or > 12)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, $"监控月份 {d.Month} 应在 1–12 之间（1–N月的 N）。") { File = file, Cell = "month" });
        }

        var plan = d.SpendingPlan ?? [];
        if (plan.Any(c => c.Month is < 1 or > 12 || c.CumulativePercent is < 0 or > 100)
            || plan.Zip(plan.Skip(1)).Any(p => p.Second.Month <= p.First.Month || p.Second.CumulativePercent < p.First.CumulativePercent))
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, "资金支出计划应按月份递增，累计百分比在 0–100 之间且不减少。") { File = file, Cell = "spendingPlan" });
        }

        return new MonitoringReport
        {
            FiscalYear = d.FiscalYear,
            Month = d.Month,
            ProjectCode = d.ProjectCode ?? "",
            ProjectName = d.ProjectName ?? "",
            DepartmentName = d.DepartmentName ?? "",
            UnitName = d.UnitName ?? "",
            InitialBudget = JsonFile.Money(d.InitialBudget, "年初预算数", required: true, file, problems) ?? Money.Zero,
            AdjustedBudget = JsonFile.Money(d.AdjustedBudget, "调整后预算数", required: false, file, problems),
            Spent = JsonFile.Money(d.Spent, "1–N月执行数", required: true, file, problems) ?? Money.Zero,
            ExpectedAnnualSpending = JsonFile.Money(d.ExpectedAnnualSpending, "全年预计执行数", required: false, file, problems),
            SpendingPlan = new SpendingPlan(plan.Select(c => new SpendingCheckpoint(c.Month, c.CumulativePercent))),
            ExpectedGoal = d.ExpectedGoal ?? "",
            GoalProgress = d.GoalProgress ?? "",
            Indicators = [.. (d.Indicators ?? []).Select(i => new MonitoringIndicator
            {
                Level1 = i.Level1 ?? "",
                Level2 = i.Level2 ?? "",
                Name = i.Name ?? "",
                Target = TargetValue.Parse(i.Target),
                Actual = i.Actual ?? "",
                ExpectedAnnual = i.ExpectedAnnual ?? "",
                Possibility = i.Possibility ?? "",
                DeviationCategory = i.DeviationCategory ?? "",
                DeviationReason = i.DeviationReason ?? "",
                Measures = i.Measures ?? "",
                Remark = i.Remark ?? "",
            })],
            CorrectiveAction = d.CorrectiveAction ?? "",
        };
    }

    private static MonitoringReportDto ToDto(MonitoringReport r) => new()
    {
        FiscalYear = r.FiscalYear,
        Month = r.Month,
        ProjectCode = r.ProjectCode,
        ProjectName = r.ProjectName,
        DepartmentName = r.DepartmentName,
        UnitName = r.UnitName,
        InitialBudget = r.InitialBudget.ToWanYuanString(),
        AdjustedBudget = JsonFile.OptionalMoney(r.AdjustedBudget),
        Spent = r.Spent.ToWanYuanString(),
        ExpectedAnnualSpending = JsonFile.OptionalMoney(r.ExpectedAnnualSpending),
        SpendingPlan = [.. r.SpendingPlan.Checkpoints.Select(c => new PlanCheckpointDto { Month = c.Month, CumulativePercent = c.CumulativePercent })],
        ExpectedGoal = r.ExpectedGoal,
        GoalProgress = r.GoalProgress,
        Indicators = [.. r.Indicators.Select(i => new MonitoringIndicatorDto
        {
            Level1 = i.Level1,
            Level2 = i.Level2,
            Name = i.Name,
            Target = i.Target.Text,
            Actual = i.Actual,
            ExpectedAnnual = i.ExpectedAnnual,
            Possibility = i.Possibility,
            DeviationCategory = i.DeviationCategory,
            DeviationReason = i.DeviationReason,
            Measures = i.Measures,
            Remark = i.Remark,
        })],
        CorrectiveAction = r.CorrectiveAction,
    };
}
