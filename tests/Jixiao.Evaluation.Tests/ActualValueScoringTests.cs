using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Evaluation.Tests;

/// <summary>Actuals as self-evaluation and monitoring tables write them, read by the same grammar as the targets:
/// operators repeated in the actual, look-alike characters, compound units, money in another unit, dates, ranges.</summary>
public class ActualValueScoringTests
{
    private static IndicatorScore Score(string target, string actual, decimal points) =>
        IndicatorScorer.Score(1, Build.Row("产出指标", "指标", target, actual, points), points, ScoringProfile.National);

    [Theory]
    [InlineData("≥120公里", "≥120公里")]
    [InlineData("≧95%", "＞＝９６％")]
    [InlineData(">=530元/人*月", "583元/人*月")]
    [InlineData("≥2万株", "2.1万株")]
    [InlineData("≥1.2万件", "12000件")]
    [InlineData("不少于三个", "3个")]
    [InlineData("95%以上。", "96%")]
    public void Actual_WrittenAsTablesWriteIt_IsReadAndMeetsTheTarget(string target, string actual)
    {
        var s = Score(target, actual, 10);
        Assert.True(s.IsFull, s.Explanation);
    }

    [Fact]
    public void Actual_InYuan_IsConvertedExactlyToATargetInWanYuan()
    {
        // ≤12万元 (a cost ceiling), actual 118000元 = 11.8万元 ≤ 12 → full; 130000元 = 13万元 → reverse 10 × 12 ÷ 13 = 9.23
        Assert.True(Score("≤12万元", "118000元", 10).IsFull);
        var over = Score("≤12万元", "130000元", 10);
        Assert.Equal(13m, over.ActualNumber);
        Assert.Equal(9.23m, over.Score);
    }

    [Fact]
    public void Actual_InADifferentMeasure_IsNotScoredAsIfComparable()
    {
        var s = Score("≤12万元", "12个", 10);
        Assert.Equal(ScoringMethod.Unscorable, s.Method);
        Assert.Contains("单位", s.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024年10月底前", "2024年10月25日", true)]
    [InlineData("10月31日前", "10月31日", true)]
    [InlineData("第三季度", "9月20日", true)]
    [InlineData("2024年10月底前", "2024年11月3日", false)]
    public void Deadline_IsMetByADateNoLaterThanIt(string target, string actual, bool met)
    {
        var s = Score(target, actual, 10);
        Assert.Equal(met ? 10m : 0m, s.Score);
        Assert.Contains("时限", s.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30", "10.00")]
    [InlineData("45分钟", "10.00")]
    [InlineData("20分钟", "6.67")]
    [InlineData("60分钟", "7.50")]
    public void Range_FullInside_ProportionalOutside(string actual, string score)
    {
        // 30-45分钟, 分值 10: 20 → 10 × 20 ÷ 30 = 6.67; 60 → reverse 10 × 45 ÷ 60 = 7.50
        Assert.Equal(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), Score("30-45分钟", actual, 10).Score);
    }

    [Fact]
    public void Monitoring_ReadsActualsWithTheSameGrammar()
    {
        MonitoringIndicator Row(string target, string actual) => new() { Name = "指标", Target = TargetValue.Parse(target), Actual = actual };
        var report = new MonitoringReport
        {
            FiscalYear = 2024, Month = 6, InitialBudget = Money.FromWanYuan(10m), Spent = Money.FromWanYuan(5m),
            Indicators = [Row("≥530元/人*月", "≥540元/人·月"), Row("2024年10月底前", "2024年5月20日"), Row("≤10个工作日", "8个工作日"), Row("≥1.2万件", "6000件")],
        };
        var lights = MonitoringAssessor.Assess(report, MonitoringProfile.Central).Indicators.Select(i => i.Light).ToList();
        Assert.Equal([Light.Green, Light.Green, Light.Green, Light.Green], lights);
    }
}
