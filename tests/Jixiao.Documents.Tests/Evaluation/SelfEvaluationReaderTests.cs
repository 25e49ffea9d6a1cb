using System.Text;
using Jixiao.Documents.Evaluation;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Documents.Tests.Evaluation;

/// <summary>Cells as units fill them, each in a small form in the national layout (HTML, the simplest table file).</summary>
public class SelfEvaluationReaderTests
{
    private const string Head = """
        <table border="1">
        <tr><td>项目名称：</td><td colspan="7">测试项目</td></tr>
        <tr><td rowspan="2">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
        <tr><td>年度资金总额：</td><td>—</td><td>10</td><td>10</td><td>10</td><td>100%</td><td>10</td></tr>
        <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
        """;

    private static ImportedSelfEvaluation Read(string rows)
    {
        var read = SelfEvaluationReader.Read(Encoding.UTF8.GetBytes($"<html><body><p>（2023年度）</p>{Head}{rows}</table></body></html>"), "表.html");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        return read.Value!.First;
    }

    [Fact]
    public void PointsAloneInTheLevelCell_BelongToTheLevelAbove()
    {
        // The 一级 printed as “产出指标” over “(50分)” in the next cell down: one 一级, 50 points.
        var e = Read("""
            <tr><td>产出指标</td><td>数量指标</td><td>a</td><td>≥1个</td><td>1个</td><td>25</td><td>25</td><td></td></tr>
            <tr><td>(50分)</td><td>质量指标</td><td>b</td><td>100%</td><td>100%</td><td>25分</td><td>25</td><td></td></tr>
            """).Evaluation;
        Assert.Equal(["产出指标", "产出指标"], e.Indicators.Select(i => i.Level1));
        Assert.Equal(25m, e.Indicators[1].Points); // “25分”
        var group = Assert.Single(e.Layout.Groups);
        Assert.Equal(("产出指标", 50m), (group.Level1, group.Points));
        Assert.Equal(Jixiao.Domain.Goals.Money.Zero, e.Budget.InitialBudget); // “—”
    }

    [Fact]
    public void ASlashAsPoints_IsNoPoints_AndTheRowIsKeptInARecheck()
    {
        var e = Read("""<tr><td>产出指标</td><td>数量指标</td><td>a</td><td>≥1个</td><td>1个</td><td>/</td><td>8</td><td>无</td></tr>""").Evaluation;
        Assert.Null(e.Indicators[0].Points);
        Assert.Equal(string.Empty, e.Indicators[0].DeviationReason);
        var r = ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: EvaluationMode.Recheck);
        Assert.Equal(ScoringMethod.Kept, r.Result.Indicators[0].Method);
        Assert.Equal(8m, r.Result.Indicators[0].Score);
    }

    [Fact]
    public void AScoreMergedOverAGroup_IsTheGroupsScore()
    {
        // 得分 12 printed once for the two 数量指标 rows: the rows recompute to 10 + 5 = 15, a difference of 3.
        var e = Read("""
            <tr><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td>a</td><td>≥10个</td><td>10个</td><td>10</td><td rowspan="2">12</td><td></td></tr>
            <tr><td>b</td><td>≥10个</td><td>5个</td><td>10</td><td>原因</td></tr>
            """).Evaluation;
        Assert.All(e.Indicators, i => Assert.Null(i.DeclaredScore));
        var group = Assert.Single(e.Layout.Groups);
        Assert.Equal(("数量指标", 12m), (group.Level2, group.Score));
        var r = ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: EvaluationMode.Recheck);
        Assert.Contains(r.Findings, f => f.RuleId == "EVL-12" && f.Message.StartsWith("“数量指标（", StringComparison.Ordinal) && f.Message.EndsWith("填报得分 12.00，按公式复核其下各行合计为 15.00。", StringComparison.Ordinal));
    }

    [Fact]
    public void TextRows_AreKeptAsNotes_AndStopTheIndicators()
    {
        var form = Read("""
            <tr><td>产出指标</td><td>数量指标</td><td>a</td><td>≥1个</td><td>1个</td><td>10</td><td>10</td><td></td></tr>
            <tr><td colspan="3">其他需要说明事项</td><td colspan="5">项目于11月完工</td></tr>
            <tr><td colspan="3">联系人：</td><td colspan="5">张三</td></tr>
            <tr><td colspan="5">总分</td><td>100</td><td>96.5</td><td>优</td></tr>
            """);
        var e = form.Evaluation;
        Assert.Single(e.Indicators);
        Assert.Equal(["其他需要说明事项: 项目于11月完工", "联系人: 张三"], e.Notes.Select(n => $"{n.Label}: {n.Text}"));
        Assert.Equal((96.5m, 100m), (e.DeclaredTotal, e.Layout.TotalPoints)); // read as printed, never rounded to 100
        Assert.Equal(Jixiao.Domain.Grade.Excellent, e.DeclaredGrade);
        Assert.Equal(2023, e.FiscalYear);
    }
}
