using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Review;

namespace Jixiao.Evaluation.Tests;

/// <summary>Lights of DOMAIN.md §6.4 and the MON rules of §11.9.</summary>
public class MonitoringTests
{
    /// <summary>The seed's plan: 25/50/75/100 at the end of March, June, October, December.</summary>
    private static readonly SpendingPlan SeedPlan = new([new(3, 25m), new(6, 50m), new(10, 75m), new(12, 100m)]);

    private static MonitoringReport Report(decimal budget, decimal spent, int month = 6, params MonitoringIndicator[] rows) => new()
    {
        FiscalYear = 2022,
        Month = month,
        ProjectCode = "13068222P00675410002L",
        ProjectName = "安保经费",
        InitialBudget = Money.FromWanYuan(budget),
        Spent = Money.FromWanYuan(spent),
        SpendingPlan = SeedPlan,
        Indicators = rows,
    };

    private static MonitoringIndicator Row(string name, string target, string actual, string possibility = "确定能") => new()
    {
        Level1 = "产出指标",
        Name = name,
        Target = TargetValue.Parse(target),
        Actual = actual,
        Possibility = possibility,
    };

    [Fact]
    public void SeedPlan_FortyPercentAtEndOfJune_IsGreenOnTheBoundary_WithPlanLagNoted()
    {
        // Budget 19.56, spent 7.824 at end of June → 执行率 = 7.824 ÷ 19.56 = 40.00%.
        // Time: r = 40 ÷ (6/12) = 80.00 → green (red <60, yellow 60–80, green ≥80: 80 is the first green value).
        // Plan: the seed plans 50% by June → 40 ÷ 50 × 100 = 80.00 → green, but 10 points behind plan → MON-01 info.
        var monitored = MonitoredProject.Assess(Report(19.56m, 7.824m), MonitoringProfile.Hebei);
        var a = monitored.Assessment;
        Assert.Equal(0.40m, a.ExecutionRate);
        Assert.Equal(50m, a.PlannedPercent);
        Assert.Equal(80m, a.TimeRatio);
        Assert.Equal(Light.Green, a.BudgetLight);
        Assert.Equal(80m, a.PlanRatio);
        Assert.Equal(Light.Green, a.PlanLight);
        Assert.Equal(Light.Green, a.ProjectLight);
        Assert.Equal("执行率 = 1–6月执行数 7.824 ÷ 预算数 19.56 = 40.00%；时间进度 r = 40.00% ÷ (6/12) × 100 = 80.00 → 绿灯（红 <60，黄 60–80，绿 ≥80）", a.BudgetExplanation);
        var finding = Assert.Single(monitored.Findings);
        Assert.Equal("MON-01", finding.RuleId);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("落后计划 10.00 个百分点", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedPlan_FortyPercentAtEndOfJune_IsYellowWhereTheRegionDemandsMore()
    {
        // The same 40% under a region whose green starts at 85: r = 80.00 < 85 → yellow, MON-01 warning.
        var strict = MonitoringProfile.Hebei with { BudgetLight = new LightThresholds(60, 85) };
        var monitored = MonitoredProject.Assess(Report(19.56m, 7.824m), strict);
        Assert.Equal(Light.Yellow, monitored.Assessment.BudgetLight);
        Assert.Equal(Light.Yellow, monitored.Assessment.ProjectLight);
        Assert.Contains(monitored.Findings, f => f.RuleId == "MON-01" && f.Severity == Severity.Warning);
    }

    [Theory]
    // June (m = 6), budget 100: spent 25 → r = 25 ÷ 0.5 = 50 → red; spent 35 → 70 → yellow; spent 45 → 90 → green.
    [InlineData(25, Light.Red)]
    [InlineData(35, Light.Yellow)]
    [InlineData(45, Light.Green)]
    public void BudgetLight_FollowsElapsedTime(double spent, Light expected)
    {
        Assert.Equal(expected, MonitoringAssessor.Assess(Report(100, (decimal)spent), MonitoringProfile.Hebei).BudgetLight);
    }

    [Theory]
    // ≥1200批 by June: due = 1200 ÷ 12 × 6 = 600. Actual 300 → 50 red; 420 → 70 yellow; 600 → 100 green; 720 → 120 blue.
    [InlineData("300批", Light.Red)]
    [InlineData("420批", Light.Yellow)]
    [InlineData("600批", Light.Green)]
    [InlineData("720批", Light.Blue)]
    public void PositiveIndicator_IsComparedWithItsProRataTarget(string actual, Light expected)
    {
        var a = MonitoringAssessor.Assess(Report(100, 50, 6, Row("抽检批次", "≥1200批", actual)), MonitoringProfile.Hebei);
        Assert.Equal(expected, a.Indicators[0].Light);
    }

    [Fact]
    public void RateIndicator_IsComparedWithTheWholeTarget()
    {
        // ≥95% 满意度, 93% at June: rates are not pro-rated → 93 ÷ 95 × 100 = 97.89 → green (pro-rating would give 195.79 → blue).
        var a = MonitoringAssessor.Assess(Report(100, 50, 6, Row("满意度", "≥95%", "93%")), MonitoringProfile.Hebei);
        Assert.Equal(Light.Green, a.Indicators[0].Light);
        Assert.Equal(97.89m, Math.Round(a.Indicators[0].Ratio!.Value, 2));
    }

    [Fact]
    public void UnreadableProgress_GetsNoLight_AndIsFlagged()
    {
        var monitored = MonitoredProject.Assess(Report(100, 50, 6, Row("抽检批次", "≥1200批", "大部分完成")), MonitoringProfile.Hebei);
        Assert.Equal(Light.None, monitored.Assessment.Indicators[0].Light);
        var f = Assert.Single(monitored.Findings, f => f.RuleId == "MON-02");
        Assert.Contains("大部分完成", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReverseIndicator_OverItsLimit_IsRed()
    {
        var monitored = MonitoredProject.Assess(Report(100, 50, 6, Row("单次成本", "≤380元", "395元"), Row("投诉", "≤5次", "5次")), MonitoringProfile.Hebei);
        Assert.Equal(Light.Red, monitored.Assessment.Indicators[0].Light);
        Assert.Equal(Light.Green, monitored.Assessment.Indicators[1].Light);
        Assert.Contains(monitored.Findings, f => f.RuleId == "MON-03" && f.IndicatorRow == 1);
    }

    [Theory]
    [InlineData("达成目标", Light.Green)]
    [InlineData("部分达成目标并具有一定效果", Light.Yellow)]
    [InlineData("未达成", Light.Red)]
    public void QualitativeIndicator_LightFollowsGrade(string grade, Light expected)
    {
        var a = MonitoringAssessor.Assess(Report(100, 50, 6, Row("机制建设", "按计划推进", grade)), MonitoringProfile.Hebei);
        Assert.Equal(expected, a.Indicators[0].Light);
    }

    [Fact]
    public void ProjectLight_IsTheWorstOfItsParts()
    {
        // Budget green (50% in June → r 100), one indicator blue, one yellow → project yellow.
        var a = MonitoringAssessor.Assess(Report(100, 50, 6, Row("a", "≥12个", "9个"), Row("b", "≥12个", "4个")), MonitoringProfile.Hebei);
        Assert.Equal(Light.Blue, a.Indicators[0].Light);
        Assert.Equal(Light.Yellow, a.Indicators[1].Light);
        Assert.Equal(Light.Yellow, a.ProjectLight);
        var summary = LightSummary.Of([a, MonitoringAssessor.Assess(Report(100, 50), MonitoringProfile.Hebei)]);
        Assert.Equal(1, summary.Counts[Light.Yellow]);
        Assert.Equal(1, summary.Counts[Light.Green]);
        Assert.Equal(2, summary.Total);
    }

    [Fact]
    public void PossibleOrImpossible_RequiresCauseAndMeasures()
    {
        var monitored = MonitoredProject.Assess(Report(100, 50, 6, Row("a", "≥12个", "6个", "有可能")), MonitoringProfile.Hebei);
        var f = Assert.Single(monitored.Findings, f => f.RuleId == "MON-04");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("偏差原因类别、偏差原因分析、拟采取的措施", f.Message, StringComparison.Ordinal);

        var filled = Row("a", "≥12个", "6个", "有可能") with { DeviationCategory = "人员保障", DeviationReason = "检测员离职", Measures = "8月前补充人员" };
        Assert.DoesNotContain(MonitoredProject.Assess(Report(100, 50, 6, filled), MonitoringProfile.Hebei).Findings, f => f.RuleId == "MON-04");
    }

    [Fact]
    public void CertainToFinish_WhileForecastMissesTarget_IsContradictory()
    {
        // ≥12个, 全年预计 10个, 完成目标可能性 确定能 → MON-04 warning; 全年预计 12个 → nothing.
        var row = Row("覆盖市场数", "≥12个", "6个") with { ExpectedAnnual = "10个" };
        var f = Assert.Single(MonitoredProject.Assess(Report(100, 50, 6, row), MonitoringProfile.Hebei).Findings, f => f.RuleId == "MON-04");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("全年预计完成 10个，未达到年度指标值 ≥12个", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(MonitoredProject.Assess(Report(100, 50, 6, row with { ExpectedAnnual = "12个" }), MonitoringProfile.Hebei).Findings, f => f.RuleId == "MON-04");
    }

    [Fact]
    public void DeviationCategory_MustBeOfTheProfile()
    {
        var row = Row("a", "≥12个", "6个", "不可能") with { DeviationCategory = "天气原因", DeviationReason = "雨季", Measures = "调整" };
        var f = Assert.Single(MonitoredProject.Assess(Report(100, 50, 6, row), MonitoringProfile.Hebei).Findings, f => f.RuleId == "MON-05");
        Assert.Contains("经费保障", f.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void CentralProfile_ChecksOneToSevenAndNotesOtherMonths()
    {
        Assert.Equal(7, MonitoringProfile.Central.CheckpointMonth);
        Assert.Equal(6, MonitoringProfile.Hebei.CheckpointMonth);
        Assert.Contains(MonitoredProject.Assess(Report(100, 60, 6, Row("a", "≥12个", "6个")), MonitoringProfile.Central).Findings, f => f.RuleId == "MON-06" && f.Severity == Severity.Info);
    }

    [Fact]
    public void RedLight_WithoutCorrectiveAction_AndLargeLateProject_AreFlagged()
    {
        // Budget 250万, spent 100万 by end of August: 40% → r = 40 ÷ (8/12) = 60.00 → yellow; plan at August =
        // 50 + 25 × 2/4 = 62.5% → 40 ÷ 62.5 × 100 = 64.00 → yellow. An indicator far behind (red) and no 纠偏 → MON-08.
        // ≥200万 and <60% by August → MON-07.
        var monitored = MonitoredProject.Assess(Report(250, 100, 8, Row("a", "≥120个", "30个")), MonitoringProfile.Hebei);
        Assert.Equal(62.5m, monitored.Assessment.PlannedPercent);
        Assert.Equal(Light.Yellow, monitored.Assessment.BudgetLight);
        Assert.Equal(Light.Red, monitored.Assessment.Indicators[0].Light);
        Assert.Contains(monitored.Findings, f => f.RuleId == "MON-07");
        Assert.Contains(monitored.Findings, f => f.RuleId == "MON-08");
        var corrected = MonitoredProject.Assess(Report(250, 100, 8, Row("a", "≥120个", "30个")) with { CorrectiveAction = "调减预算 50 万元" }, MonitoringProfile.Hebei);
        Assert.DoesNotContain(corrected.Findings, f => f.RuleId == "MON-08");
    }

    [Fact]
    public void ProfileFromJson_RejectsThresholdsOutOfOrder()
    {
        var json = """
            { "id": "x", "name": "x", "checkpointMonth": 6,
              "budgetLight": { "redBelow": 90, "yellowBelow": 80 }, "planLight": { "redBelow": 60, "yellowBelow": 80 },
              "positiveLight": { "redBelow": 60, "yellowBelow": 80, "blueFrom": 120 },
              "qualitativeLights": [], "possibilities": ["确定能"], "possibilitiesRequiringReason": [], "deviationCategories": ["其他"] }
            """;
        Assert.Throws<FormatException>(() => MonitoringProfile.FromJson(json));
    }
}
