using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>The rules that guess, each against wording taken from published tables: the case it must catch and the
/// near misses it must leave alone (project 0 of <see cref="CleanDocument"/> is 检举举报平台经费).</summary>
public class HeuristicRuleTests
{
    private static readonly ReviewEngine Engine = new();

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var c in All)
        {
            data.Add(c.Rule, c.Name, c.Fires);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void HeuristicRule_FiresOnlyOnRealDefects(string rule, string name, bool fires)
    {
        var c = All.Single(x => x.Rule == rule && x.Name == name);
        var findings = Engine.Review(c.Edit(CleanDocument.Create())).Findings.Where(f => f.RuleId == rule).ToList();
        if (fires)
        {
            Assert.True(findings.Count > 0, $"{rule} 应对“{name}”报出问题");
            Assert.All(findings, f => Assert.Equal(c.Severity, f.Severity));
        }
        else
        {
            Assert.True(findings.Count == 0, $"{rule} 不应对“{name}”报出问题：{string.Join("；", findings.Select(f => f.Message))}");
        }
    }

    [Fact]
    public void ProvinceProfile_AddsUnitsOfItsTrade()
    {
        var document = CleanDocument.Create().Target(0, 0, "=12坨");
        var profile = ReviewProfile.FromJson("""{ "words": { "units": ["坨"] } }""");
        Assert.Contains(Engine.Review(document).Findings, f => f.RuleId == "VAL-03");
        Assert.DoesNotContain(Engine.Review(document, profile).Findings, f => f.RuleId == "VAL-03");
    }

    private sealed record Case(string Rule, string Name, bool Fires, Func<PerformanceDocument, PerformanceDocument> Edit, Severity Severity = Severity.Warning);

    private static Indicator Row(string l1, string l2, string name, string target, string description = "按台账统计") =>
        CleanDocument.Row(l1, l2, name, description, target, "计划标准：2022年工作要点");

    private static PerformanceDocument ProfileB(PerformanceDocument d) =>
        (d with { TaxonomyProfile = "B" }).AllProjects(p => p with
        {
            Indicators = [.. p.Indicators.Where(x => x.Level2 != "成本指标"), Row("成本指标", "经济成本指标", "项目总成本", $"≤{p.Budget}万元")],
        });

    private static readonly Case[] All =
    [
        // TXT-01: generic words (提升 服务 能力 保障 …) are no coverage.
        new("TXT-01", "冷链仓库目标只与满意度行共用“服务”", true,
            d => d.AddGoal(0, "保障冷链仓库建设，提升农产品流通服务能力").AddRow(0, Row("满意度指标", "服务对象满意度指标", "游客服务满意度", "≥90%", "问卷调查游客"))),
        new("TXT-01", "冷链仓库目标有库容指标", false,
            d => d.AddGoal(0, "保障冷链仓库建设，提升农产品流通服务能力").AddRow(0, Row("产出指标", "数量指标", "冷链仓库库容", "≥500吨"))),
        new("TXT-01", "只写“提升服务能力和工作水平”的目标", true, d => d.AddGoal(0, "提升服务能力和工作水平")),

        // TAX-05: completion rates and counts of activities under 效益.
        new("TAX-05", "效益指标“验收完成率”", true, d => d.Row(0, 4, x => x with { Name = "验收完成率", Target = TargetValue.Parse("=100%") })),
        new("TAX-05", "效益指标“开展宣传次数”", true, d => d.Row(0, 4, x => x with { Name = "开展宣传次数", Target = TargetValue.Parse("≥6次") })),
        new("TAX-05", "效益指标“受益群众人次”", false, d => d.Row(0, 4, x => x with { Name = "受益群众人次", Target = TargetValue.Parse("≥5000人次") })),
        new("TAX-05", "效益指标“带动就业人数”", false, d => d.Row(0, 4, x => x with { Name = "带动就业人数", Target = TargetValue.Parse("≥20人") })),
        new("TAX-05", "产出指标“升级改造后性能提升验收合格率”", false,
            d => d.Row(0, 1, x => x with { Name = "升级改造后性能提升验收合格率", Target = TargetValue.Parse("=100%") })),
        new("TAX-05", "产出指标“群众生活条件改善”", true, d => d.Row(0, 1, x => x with { Name = "群众生活条件改善", Target = TargetValue.Parse("≥90%") })),

        // TAX-07: the project's whole text decides; phrases such as 营商环境 are not ecology.
        new("TAX-07", "营商环境项目照填生态效益", true,
            d => d.Project(0, p => p with { FundUse = p.FundUse + "平台同时受理反映营商环境问题的举报。" })
                .AddRow(0, Row("效益指标", "生态效益指标", "生态环境改善率", "≥5%"))),
        new("TAX-07", "目标写明减少污水排放", false,
            d => d.AddGoal(0, "机房空调冷凝水回收利用，减少污水排放").AddRow(0, Row("效益指标", "生态效益指标", "生态环境改善率", "≥5%"))),
        new("TAX-07", "指标本身写明节水量", false,
            d => d.AddRow(0, Row("效益指标", "生态效益指标", "机房年节水量", "≥200立方米", "冷凝水回收利用减少的自来水用量"))),

        new("TAX-07", "按修改建议写“年节约用纸≥5万张”", false,
            d => d.AddRow(0, Row("效益指标", "生态效益指标", "年节约用纸", "≥5万张", "平台网上受理替代纸质举报材料节约的用纸量"))),

        // TAX-08: enterprises named anywhere in the project's text, under any of their names.
        new("TAX-08", "举报平台调查企业满意度", true, d => d.Row(0, 6, x => x with { Name = "企业满意度" })),
        new("TAX-08", "资金用途写明服务农民专业合作社", false,
            d => d.Row(0, 6, x => x with { Name = "企业满意度" }).Project(0, p => p with { FundUse = p.FundUse + "平台受理农民专业合作社反映的问题。" })),

        // FIN-07: money cost rows only; unit costs and 万 are money; profile B 社会/生态环境成本 are not money by nature.
        new("FIN-07", "成本指标写“=100%”", true, d => d.Target(0, 3, "=100%")),
        new("FIN-07", "成本指标写单位成本“≤1600元/亩”", false, d => d.Target(0, 3, "≤1600元/亩")),
        new("FIN-07", "成本指标写“≤12万”", false, d => d.Target(0, 3, "≤12万")),
        new("FIN-07", "101号社会成本指标“道路临时封闭天数≤15天”", false,
            d => ProfileB(d).AddRow(0, Row("成本指标", "社会成本指标", "施工期间道路临时封闭天数", "≤15天"))),
        new("FIN-07", "101号生态环境成本指标“临时占用林地≤3亩”", false,
            d => ProfileB(d).AddRow(0, Row("成本指标", "生态环境成本指标", "工程临时占用林地面积", "≤3亩"))),
        new("FIN-07", "101号经济成本指标写“=100%”", true,
            d => ProfileB(d).AddRow(0, Row("成本指标", "经济成本指标", "运维成本", "=100%"))),

        // VAL-09: dates, deadlines and durations are timeliness values.
        new("VAL-09", "“≤10个工作日”", false, d => d.Target(0, 2, "≤10个工作日")),
        new("VAL-09", "“30-45分钟”", false, d => d.Target(0, 2, "30-45分钟")),
        new("VAL-09", "“2022年10月底前”", false, d => d.Target(0, 2, "2022年10月底前")),
        new("VAL-09", "“第三季度”", false, d => d.Target(0, 2, "第三季度")),
        new("VAL-09", "“次月10日前支付”", false, d => d.Target(0, 2, "次月10日前支付")),
        new("VAL-09", "“2022年全年”", true, d => d.Target(0, 2, "2022年全年")),
        new("VAL-09", "“按计划推进”", true, d => d.Target(0, 2, "按计划推进")),

        // VAL-04: vague verbs without anything to check; a figure is something to check.
        new("VAL-04", "“显著提升”", true, d => d.Target(0, 4, "显著提升")),
        new("VAL-04", "“较上年提高5%”", false, d => d.Target(0, 4, "较上年提高5%")),
        new("VAL-04", "“长期”", false, d => d.Target(0, 5, "长期")),

        // VAL-02: a figure without a unit, unless the indicator has none by nature.
        new("VAL-02", "“≥99”", true, d => d.Target(0, 1, "≥99")),
        new("VAL-02", "灌溉水有效利用系数“≥0.55”", false, d => d.Row(0, 1, x => x with { Name = "农田灌溉水有效利用系数", Target = TargetValue.Parse("≥0.55") })),

        // VAL-03: only a truly unknown unit, and only as a hint.
        new("VAL-03", "“=12坨”", true, d => d.Target(0, 0, "=12坨"), Severity.Info),
        new("VAL-03", "“≥2万株”", false, d => d.Target(0, 0, "≥2万株")),
        new("VAL-03", "“≥530元/人*月”", false, d => d.Target(0, 0, "≥530元/人*月")),
        new("VAL-03", "“5000人次/年”", false, d => d.Target(0, 0, "5000人次/年")),
        new("VAL-03", "“≤10个工作日”", false, d => d.Target(0, 0, "≤10个工作日")),

        // VAL-05: placeholders in any form.
        new("VAL-05", "“××人”", true, d => d.Target(0, 4, "××人")),
        new("VAL-05", "“（≧**%）”", true, d => d.Target(0, 4, "（≧**%）")),
        new("VAL-05", "“另行确定”", true, d => d.Target(0, 4, "另行确定")),
        new("VAL-05", "“——”", true, d => d.Target(0, 4, "——")),
        new("VAL-05", "“无重大安全事故”", false, d => d.Target(0, 4, "无重大安全事故")),

        // VAL-01: trailing words, notes and look-alike operators are read, not rejected.
        new("VAL-01", "“95%以上。”", false, d => d.Target(0, 1, "95%以上。")),
        new("VAL-01", "“≧９９％（以运维日志为准）”", false, d => d.Target(0, 1, "≧９９％（以运维日志为准）")),
        new("VAL-01", "“≥1.2.3%”", true, d => d.Target(0, 1, "≥1.2.3%"), Severity.Error),

        // VAL-08: a range has no direction.
        new("VAL-08", "差错率“0.5%-1%”", false, d => d.Row(0, 1, x => x with { Name = "平台数据差错率", Target = TargetValue.Parse("0.5%-1%") })),
    ];
}
