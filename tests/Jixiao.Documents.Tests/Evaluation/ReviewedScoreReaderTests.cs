using System.Text;
using Jixiao.Documents.Evaluation;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Documents.Tests.Evaluation;

/// <summary>
/// A 复核分 column beside 自评分, as the 湖北 广水 2021 自评表 prints it (自评分 | 复核分; that table itself could not be
/// rebuilt, see the corpus README): the reviewer's scores are read — the budget line's, each row's and the 总分's — and a
/// re-check reports where they differ from the recomputed scores. The table is written for the test.
/// </summary>
public class ReviewedScoreReaderTests
{
    private const string Table = """
        <html><body><p>项目支出绩效自评表</p><p>（2023年度）</p>
        <table border="1">
        <tr><td>项目名称</td><td colspan="8">职业技能培训</td></tr>
        <tr><td rowspan="2">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>自评分</td><td>复核分</td></tr>
        <tr><td>年度资金总额</td><td>50</td><td>50</td><td>45</td><td>10</td><td>90%</td><td>9</td><td>9</td></tr>
        <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>自评分</td><td>复核分</td><td>偏差原因分析及改进措施</td></tr>
        <tr><td rowspan="3">产出指标</td><td>数量指标</td><td>培训人次</td><td>≥100人次</td><td>90人次</td><td>20</td><td>20</td><td>18</td><td>部分学员未到</td></tr>
        <tr><td>质量指标</td><td>培训合格率</td><td>≥95%</td><td>95%</td><td>20</td><td>20</td><td>19</td><td></td></tr>
        <tr><td>成本指标</td><td>人均培训成本</td><td>≤500元</td><td>550元</td><td>10</td><td>10</td><td>9</td><td>场地费上涨</td></tr>
        <tr><td>效益指标</td><td>社会效益指标</td><td>群众知晓度</td><td>有效提升</td><td>达成年度指标</td><td>30</td><td>30</td><td>27</td><td></td></tr>
        <tr><td>满意度指标</td><td>服务对象满意度指标</td><td>学员满意度</td><td>≥90%</td><td>92%</td><td>10</td><td>10</td><td>10</td><td></td></tr>
        <tr><td colspan="5">总分</td><td>100</td><td>99</td><td>92</td><td></td></tr>
        </table></body></html>
        """;

    [Fact]
    public void TheReviewersColumn_IsRead_AndComparedWithTheRecomputedScores()
    {
        var read = SelfEvaluationReader.Read(Encoding.UTF8.GetBytes(Table), "复核.html");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var e = read.Value!.First.Evaluation;

        // 自评分 stays the unit's 得分; 复核分 is read beside it, for the money, the rows and the 总分.
        Assert.Equal([20m, 20m, 10m, 30m, 10m], e.Indicators.Select(i => i.DeclaredScore!.Value));
        Assert.Equal([18m, 19m, 9m, 27m, 10m], e.Indicators.Select(i => i.ReviewedScore!.Value));
        Assert.Equal((9m, 9m), (e.Budget.DeclaredScore, e.Budget.ReviewedScore));
        Assert.Equal((99m, 92m), (e.DeclaredTotal, e.ReviewedTotal));

        // Recomputed: 9 + 18 (20 × 90 ÷ 100) + 20 + 9.09 (10 × 500 ÷ 550) + 30 (定性, kept) + 10 = 96.09. The unit's
        // 99 and the reviewer's 92 both differ; the reviewer's 18 and 10 agree, 19 and 9 do not.
        var r = ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: EvaluationMode.Recheck);
        Assert.Equal(96.09m, r.Result.Total);
        Assert.Equal(
        [
            "第 2 行指标“培训合格率”复核分 19.00，按公式复核为 20.00，相差 1.00 分。",
            "第 3 行指标“人均培训成本”复核分 9.00，按公式复核为 9.09，相差 0.09 分。",
            "复核总分 92.00，按公式复核为 96.09（其中 1 行不可复核，按评价人得分计），相差 4.09 分。",
        ], r.Findings.Where(f => f.RuleId == "EVL-13").Select(f => f.Message));
        Assert.Contains(r.Findings, f => f.RuleId == "EVL-04" && f.IndicatorRow == 1);
    }
}

/// <summary>The reviewer's total in the head of the 宁夏 银川 2021 自评表 (se11: 自评得分 98 | 财政审核评分, printed
/// empty): read when filled, compared with the recomputed 86.00 (the stored copy ends before the 满意度 rows).</summary>
public class ReviewedTotalInTheHeadTests
{
    private static string Se11 => File.ReadAllText(Jixiao.Tests.TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", "se11-ningxia-yinchuan-2021.html")));

    private const string Empty = "<td>财政审核评分</td><td></td>";

    private static ScoredEvaluation Recheck(string html)
    {
        var read = SelfEvaluationReader.Read(Encoding.UTF8.GetBytes(html), "银川.html");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        return ScoredEvaluation.Evaluate(read.Value!.First.Evaluation, ScoringProfile.National, mode: EvaluationMode.Recheck);
    }

    [Fact]
    public void AsPublished_TheEmptyReviewersTotal_IsNothingToCompare()
    {
        Assert.Contains(Empty, Se11, StringComparison.Ordinal);
        var r = Recheck(Se11);
        Assert.Null(r.Result.Evaluation.ReviewedTotal);
        Assert.DoesNotContain(r.Findings, f => f.RuleId == "EVL-13");
    }

    [Theory]
    [InlineData("86", null)]
    [InlineData("98", "复核总分 98.00，按公式复核为 86.00（其中 10 行不可复核，按评价人得分计），相差 12.00 分。")]
    public void AFilledReviewersTotal_IsComparedWithTheRecomputedTotal(string reviewed, string? finding)
    {
        var r = Recheck(Se11.Replace(Empty, $"<td>财政审核评分</td><td>{reviewed}</td>", StringComparison.Ordinal));
        Assert.Equal(decimal.Parse(reviewed, System.Globalization.CultureInfo.InvariantCulture), r.Result.Evaluation.ReviewedTotal);
        Assert.Equal(98m, r.Result.Evaluation.DeclaredTotal);
        Assert.Equal(finding, r.Findings.SingleOrDefault(f => f.RuleId == "EVL-13")?.Message);
    }
}

/// <summary>“数量指标（15分）” in the 二级 cell over rows whose 分值 cells are empty (the 湖北 绩效目标自评表 prints its
/// points so): read as the group's points and, in a re-check, shared among those rows. The table is written for the test.</summary>
public class GroupPointsSharedReaderTests
{
    [Fact]
    public void TheLevelTwoPoints_AreSharedAmongItsRowsWithoutPoints()
    {
        const string html = """
            <html><body><p>项目支出绩效自评表</p><p>（2021年度）</p>
            <table border="1">
            <tr><td>项目名称</td><td colspan="7">农村公路养护</td></tr>
            <tr><td rowspan="2">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
            <tr><td>年度资金总额</td><td>30</td><td>30</td><td>30</td><td>10</td><td>100%</td><td>10</td></tr>
            <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
            <tr><td rowspan="3">产出指标</td><td rowspan="3">数量指标（15分）</td><td>养护里程</td><td>≥120公里</td><td>108公里</td><td></td><td>5</td><td>雨季停工</td></tr>
            <tr><td>修补坑槽</td><td>≥300处</td><td>300处</td><td></td><td>5</td><td></td></tr>
            <tr><td>安装标志牌</td><td>≥40块</td><td>40块</td><td></td><td>5</td><td></td></tr>
            </table></body></html>
            """;
        var read = SelfEvaluationReader.Read(Encoding.UTF8.GetBytes(html), "养护.html");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var e = read.Value!.First.Evaluation;
        Assert.All(e.Indicators, i => Assert.Null(i.Points));
        Assert.Equal(("数量指标", 15m), (Assert.Single(e.Layout.Groups).Level2, e.Layout.Groups[0].Points));

        // 15 ÷ 3 = 5 a row: 5 × 108 ÷ 120 = 4.50 (printed 5), 5, 5; total 10 + 4.50 + 5 + 5 = 24.50.
        var r = ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: EvaluationMode.Recheck);
        Assert.Equal([4.50m, 5m, 5m], r.Result.Indicators.Select(i => i.Score));
        Assert.Equal(24.50m, r.Result.Total);
        Assert.Equal("第 1 行指标“养护里程”填报得分 5.00，按公式复核为 4.50，相差 0.50 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-04").Message);
        Assert.DoesNotContain(r.Findings, f => f.RuleId == "EVL-11");
    }
}
