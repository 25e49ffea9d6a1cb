using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Monitoring;

/// <summary>MON-09 and the 未填报 state of a 监控表.</summary>
public class LightReasonTests
{
    private static MonitoringReport Report(decimal budget, decimal spent, string reason = "", params MonitoringIndicator[] rows) => new()
    {
        FiscalYear = 2019,
        Month = 6,
        ProjectName = "申遗经费",
        InitialBudget = Money.FromWanYuan(budget),
        Spent = Money.FromWanYuan(spent),
        DeviationReason = reason,
        Indicators = rows,
    };

    private static MonitoringIndicator Row(string target, string actual, string possibility, string reason = "") => new()
    {
        Level1 = "产出指标",
        Name = "举办活动",
        Target = TargetValue.Parse(target),
        Actual = actual,
        Possibility = possibility,
        DeviationReason = reason,
    };

    [Fact]
    public void AYellowBudgetLight_WithoutAReason_IsFlagged()
    {
        // 黄石 2019: 220 budgeted, 87.57 spent by June → 39.80% → r = 39.80 ÷ (6/12) = 79.60 → yellow (60–80).
        var report = Report(220, 87.57m, "", Row("≥10场", "5场", "确定能"));
        var monitored = MonitoredProject.Assess(report, MonitoringProfile.Hebei);
        Assert.Equal(Light.Yellow, monitored.Assessment.BudgetLight);
        var f = Assert.Single(monitored.Findings, f => f.RuleId == "MON-09");
        Assert.StartsWith("预算执行亮黄灯（执行率 = 1–6月执行数 87.57 ÷ 预算数 220.00 = 39.80%", f.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, f.Severity);

        Assert.DoesNotContain(MonitoredProject.Assess(report with { DeviationReason = "支付按合同节点进行" }, MonitoringProfile.Hebei).Findings, f => f.RuleId == "MON-09");
    }

    [Fact]
    public void ARedIndicator_WithoutAReason_IsFlagged_UnlessItsPossibilityAlreadyAsksForOne()
    {
        // ≥120个, 20 by June against 60 due → 33.33 → red. 确定能 leaves the reason to MON-09; 有可能 is MON-04's.
        var sure = MonitoredProject.Assess(Report(100, 50, "", Row("≥120个", "20个", "确定能")), MonitoringProfile.Hebei);
        Assert.Equal(Light.Red, sure.Assessment.Indicators[0].Light);
        Assert.Equal("第 1 行指标“举办活动”亮红灯，但偏差原因分析为空。", Assert.Single(sure.Findings, f => f.RuleId == "MON-09").Message);

        var maybe = MonitoredProject.Assess(Report(100, 50, "", Row("≥120个", "20个", "有可能")), MonitoringProfile.Hebei);
        Assert.DoesNotContain(maybe.Findings, f => f.RuleId == "MON-09");
        Assert.Contains(maybe.Findings, f => f.RuleId == "MON-04");
    }

    [Theory]
    [InlineData("确定能")]
    [InlineData("有可能")]
    [InlineData("完全不可能")]
    public void PossibilityAnswers_OfThePublishedForms_AreAccepted(string answer) =>
        Assert.True(MonitoringProfile.Central.IsPossibility(answer));

    [Fact]
    public void AQualitativeProgressWord_LightsThroughTheWordList()
    {
        var row = Row("效果明显", "基本达成", "确定能", "进度稍慢");
        var monitored = MonitoredProject.Assess(Report(100, 50, "", row), MonitoringProfile.Hebei);
        Assert.Equal(Light.Yellow, monitored.Assessment.Indicators[0].Light);
    }

    [Fact]
    public void ABlankForm_IsNotFilled_AndOnlyItsSpendingIsJudged()
    {
        var blank = Report(220, 87.57m, "", new MonitoringIndicator { Level1 = "产出指标", Name = "质量" });
        var monitored = MonitoredProject.Assess(blank, MonitoringProfile.Hebei);
        Assert.True(monitored.IsBlank);
        Assert.Equal("未填报", monitored.Status);
        Assert.All(monitored.Findings, f => Assert.Equal("MON-01", f.RuleId));
    }
}
