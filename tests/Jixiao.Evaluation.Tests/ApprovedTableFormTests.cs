using Jixiao.Documents.PublishedText;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Evaluation.Tests;

/// <summary>Forms prefilled from the approved tables of a department text (tests/Shared/Fixtures), and the chart data
/// of the unit and region views.</summary>
public class ApprovedTableFormTests
{
    private static BudgetProject ApprovedProject(int index) => PublishedTextReader.Read(TestFiles.DepartmentTextBytes).Document.Projects[index];

    [Fact]
    public void PatrolProject_FortyPercentByJune_GreenWithPlanLag()
    {
        // Table 1: 文物安全巡查经费, 预算数 18.40 万元, plan 25/50/75/100 at 3/6/10/12月底.
        // 40% by 30 June = 7.36 万元 → r = 40 ÷ (6/12) = 80.00 green; plan 50% → 80.00 green, 10 points behind → MON-01 info.
        var project = ApprovedProject(0);
        Assert.Equal("文物安全巡查经费", project.ProjectName);
        Assert.Equal(Money.FromWanYuan(18.40m), project.Budget);
        Assert.Equal(50m, project.SpendingPlan.PlannedPercentAt(6));
        var report = MonitoringForm.FromApproved(project, 2023, 6) with { Spent = Money.FromWanYuan(7.36m) };
        var monitored = MonitoredProject.Assess(report, MonitoringProfile.Hebei);
        Assert.Equal(80m, monitored.Assessment.TimeRatio);
        Assert.Equal(Light.Green, monitored.Assessment.BudgetLight);
        Assert.Equal(Light.Green, monitored.Assessment.PlanLight);
        Assert.Contains(monitored.Findings, f => f.RuleId == "MON-01" && f.Severity == Severity.Info);
        // The prefilled rows have no 1–6月完成值 yet: the form is 未填报, no indicator light, and only the spending
        // (from the payments) is judged — no list of errors about fields nobody has filled in.
        Assert.True(monitored.IsBlank);
        Assert.Equal("未填报", monitored.Status);
        Assert.All(monitored.Assessment.Indicators, i => Assert.Equal(Light.None, i.Light));
        Assert.All(monitored.Findings, f => Assert.Equal("MON-01", f.RuleId));
    }

    [Fact]
    public void SelfEvaluationForm_KeepsTheApprovedRows()
    {
        var project = ApprovedProject(1);
        var form = SelfEvaluationForm.FromApproved(project, 2023);
        Assert.Equal(project.Indicators.Select(i => i.Target), form.Indicators.Select(i => i.Target));
        Assert.Equal(project.Budget, form.Budget.AdjustedBudget);
        var scored = ScoredEvaluation.Evaluate(form, ScoringProfile.National, project);
        Assert.DoesNotContain(scored.Findings, f => f.RuleId == "EVL-09");
    }

    [Fact]
    public void ExecutionCurve_ComparesActualWithPlanAndTime()
    {
        // Budget 18.40: 4.60 paid in February (25.00%), 2.76 in May (total 7.36 = 40.00%).
        var project = ApprovedProject(0);
        var ledger = new PaymentLedger();
        ledger.Add([
            new PaymentRecord(project.ProjectCode, new DateOnly(2023, 2, 10), Money.FromWanYuan(4.60m)) { Voucher = "1" },
            new PaymentRecord(project.ProjectCode, new DateOnly(2023, 5, 20), Money.FromWanYuan(2.76m)) { Voucher = "2" },
        ]);
        var curve = ExecutionCurve.For(ledger, project, 2023, throughMonth: 6);
        Assert.Equal(6, curve.Count);
        Assert.Equal(0m, curve[0].ActualPercent);
        Assert.Equal(25m, curve[2].ActualPercent);
        Assert.Equal(25m, curve[2].PlannedPercent);
        Assert.Equal(25m, curve[2].TimePercent);
        Assert.Equal(40m, curve[5].ActualPercent);
        Assert.Equal(50m, curve[5].PlannedPercent);
        Assert.Equal(50m, curve[5].TimePercent);
    }

    [Fact]
    public void GradeDistribution_CountsGradesAndAverages()
    {
        // Totals 100.00 (优), 95.00 (优), 89.99 (良): average (100 + 95 + 89.99) ÷ 3 = 94.996… → 95.00.
        EvaluationResult Result(decimal b, params EvaluationIndicator[] rows) => SelfEvaluationScorer.Score(Build.Evaluation(100, b, "r", rows), ScoringProfile.National);
        EvaluationIndicator[] shortRows =
        [
            Build.Row("产出指标", "a", "≥1个", "1个", 50),
            Build.Row("效益指标", "b", "≥1个", "1个", 30),
            Build.Row("满意度指标", "c", "≥90%", "0%", 10, reason: "x"),
        ];
        var d = GradeDistribution.Of([Result(100, Build.FullRows()), Result(50, Build.FullRows()), Result(99.9m, shortRows)]);
        Assert.Equal(2, d.Counts[Grade.Excellent]);
        Assert.Equal(1, d.Counts[Grade.Good]);
        Assert.Equal(0, d.Counts[Grade.Poor]);
        Assert.Equal(95.00m, d.AverageScore);
    }
}
