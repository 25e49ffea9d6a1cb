using System.Text;
using Jixiao.Documents.Evaluation;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.Evaluation;

/// <summary>
/// Wordings other published 自评表 print for the same fields, applied to a real corpus table (se04, 廊坊 2019): each
/// must read exactly as the original — before, each one silently lost a field (the targets, the actuals, every declared
/// 得分, the 主管部门, the 实际完成情况) or the points of an 一级 group. Where the wording was seen: 年初指标值 in the 重庆
/// 部门整体绩效自评表 (d01) and the 湖北 广水 2021 自评表; 年终完成值, 自评分, 项目主管单位 and “产出指标 40 分” in the
/// 广水 table; 年度总体目标完成情况 over 预期目标 | 实际完成情况 and an 一级 cell printing only “(50分)” in a 2022
/// national-form table of a 安徽 county.
/// </summary>
public class SelfEvaluationWordingTests
{
    private static string Se04 => File.ReadAllText(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", "se04-hebei-langfang-2019.html")));

    private static SelfEvaluation Read(string html)
    {
        var read = SelfEvaluationReader.Read(Encoding.UTF8.GetBytes(html), "变体.html");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        return read.Value!.First.Evaluation;
    }

    private static string Replace(string html, string from, string to)
    {
        Assert.Contains(from, html, StringComparison.Ordinal);
        return html.Replace(from, to, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<td>年度<br>指标值</td>", "<td>年初指标值</td>")]
    [InlineData("<td>实际<br>完成值</td>", "<td>年终完成值</td>")]
    [InlineData("<td>分值</td><td>得分</td><td>偏差", "<td>分值</td><td>自评分</td><td>偏差")]
    [InlineData("<td colspan=\"2\">主管部门</td>", "<td colspan=\"2\">项目主管单位</td>")]
    [InlineData("<td rowspan=\"2\">年度总体目标</td>", "<td rowspan=\"2\">年度总体目标完成情况</td>")]
    public void AnotherWordingOfAField_ReadsAsTheOriginal(string from, string to)
    {
        var original = Read(Se04);
        var variant = Read(Replace(Se04, from, to));

        Assert.Equal("廊坊市发改委", variant.DepartmentName);
        Assert.Equal(("43.2", "37.24"), (variant.ExpectedGoal, variant.ActualOutcome));
        Assert.Equal(original.Indicators.Select(i => (i.Name, i.Target.Text, i.Actual, i.Points, i.DeclaredScore)),
            variant.Indicators.Select(i => (i.Name, i.Target.Text, i.Actual, i.Points, i.DeclaredScore)));
        Assert.Equal(("43.2", "37.24", 10m, 9m), (variant.Indicators[0].Target.Text, variant.Indicators[0].Actual, variant.Indicators[0].Points, variant.Indicators[0].DeclaredScore));

        // Re-check as the original: 8.62 + 8.62 + 8 × 10 = 97.24, and row 1's printed 9 found (10 × 37.24 ÷ 43.2 = 8.62).
        var r = ScoredEvaluation.Evaluate(variant, ScoringProfile.National, mode: EvaluationMode.Recheck);
        Assert.Equal(97.24m, r.Result.Total);
        Assert.Equal(1, Assert.Single(r.Findings, f => f.RuleId == "EVL-04").IndicatorRow);
    }

    [Theory]
    [InlineData("（50分）", "（30分）", "满意度<br>指标（10分）")]
    [InlineData("产出指标 50 分", "效益指标30分", "满意度指标 10 分")]
    public void PointsInTheLevelOneCells_BareOrWithoutBrackets_AreTheGroupsPoints(string output, string benefit, string satisfaction)
    {
        var html = Replace(Se04, "<td rowspan=\"12\">产出指标</td>", $"<td rowspan=\"12\">{output}</td>");
        html = Replace(html, "<td rowspan=\"9\">效益指标</td>", $"<td rowspan=\"9\">{benefit}</td>");
        html = Replace(html, "<td rowspan=\"2\">满意度<br>指标</td>", $"<td rowspan=\"2\">{satisfaction}</td>");
        var e = Read(html);

        // A cell printing only “(50分)” is the 一级 of its 二级 (数量指标 → 产出指标); “产出指标 50 分” is 产出指标, 50 points.
        Assert.Equal(["产出指标:50", "效益指标:30", "满意度指标:10"], e.Layout.Groups.Select(g => $"{g.Level1}:{g.Points}"));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "效益指标", "满意度指标"], e.Indicators.Select(i => i.Level1));

        // The printed groups add up (产出 5 × 10 = 50, 效益 10 + 10 + 10 = 30, 满意度 10): the re-check is the original's.
        var r = ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: EvaluationMode.Recheck);
        Assert.Equal(97.24m, r.Result.Total);
        Assert.DoesNotContain(r.Findings, f => f.RuleId is "EVL-01" or "EVL-12");
    }
}
