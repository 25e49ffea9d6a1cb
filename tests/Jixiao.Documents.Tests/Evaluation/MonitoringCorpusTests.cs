using Jixiao.Documents.Monitoring;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.Evaluation;

/// <summary>The published 监控表 of the corpus (Fixtures/Evaluation/Corpus, sources in its README).</summary>
public class MonitoringCorpusTests
{
    [Theory]
    [InlineData("m01-hubei-huangshi-2019.docx")]
    [InlineData("m01-hubei-huangshi-2019.html")]
    public void Huangshi2019_HalfYear_YellowWithoutAReason(string file)
    {
        var read = MonitoringReader.ReadFile(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", file)));
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var form = Assert.Single(read.Value!.Forms);
        var r = form.Report;

        // “单位:万元” over the table and “项目资金 (万元)” agree; 1-6月执行数 gives the period.
        Assert.Equal("万元", form.MoneyUnit.Unit.Name);
        Assert.Equal((2019, 6), (r.FiscalYear, r.Month));
        Assert.Equal(("申遗经费", "黄石市文化和旅游局", "黄石市文物局(湖北水泥遗址博物馆)"), (r.ProjectName, r.DepartmentName, r.UnitName));
        Assert.Equal((Money.FromWanYuan(220), Money.FromWanYuan(87.57m)), (r.InitialBudget, r.Spent));
        Assert.Null(r.ExpectedAnnualSpending); // 全年预计执行数 printed empty

        // 质量 and 时效 name no 指标值 and report nothing: skipped and reported. 成本 and 社会效益 read with 确定能.
        Assert.Equal(["质量", "时效"], form.Skipped.Select(s => s.Text));
        Assert.All(form.Skipped, s => Assert.Contains(read.Problems, p => p.Cell == s.Place && p.Message.Contains($"“{s.Text}”", StringComparison.Ordinal))); // the warning names the same cell
        Assert.Equal(["成本", "社会效益"], r.Indicators.Select(i => i.Name));
        Assert.All(r.Indicators, i => Assert.Equal("确定能", i.Possibility));
        Assert.Equal("按进度执行,已使用约40%", r.Indicators[0].Actual);
        Assert.Equal(string.Empty, r.DeviationReason); // 偏差或不能完成目标原因分析: empty

        // 87.57 ÷ 220 = 39.80%; r = 39.80 ÷ (6/12) = 79.61 → yellow (60–80), and the reason is empty: MON-09.
        var monitored = MonitoredProject.Assess(r, MonitoringProfile.Hebei);
        Assert.Equal(Light.Yellow, monitored.Assessment.BudgetLight);
        Assert.Contains(monitored.Findings, f => f.RuleId == "MON-09" && f.Message.StartsWith("预算执行亮黄灯", StringComparison.Ordinal));
    }

    [Fact]
    public void Huangshi2019_WithoutItsUnit_IsRefused_UntilTheUnitIsNamed()
    {
        // The same form with “单位:万元” and “(万元)” taken out: 220 could be 元 or 万元 — not guessed.
        var html = File.ReadAllText(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", "m01-hubei-huangshi-2019.html")))
            .Replace("单位:万元", string.Empty, StringComparison.Ordinal).Replace("<br>(万元)", string.Empty, StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        var refused = MonitoringReader.Read(bytes, "无单位.html");
        Assert.True(refused.HasErrors);
        Assert.Contains("无法确定金额单位", refused.Errors.Single().Message, StringComparison.Ordinal);

        var named = MonitoringReader.Read(bytes, "无单位.html", Documents.FormReading.MoneyUnit.Yuan);
        Assert.False(named.HasErrors, string.Join("\n", named.Problems));
        Assert.Equal("表内未注明，按指定", named.Value!.First.MoneyUnit.Source);
        Assert.Equal(8757L, named.Value.First.Report.Spent.Fen); // 87.57 元 = 8,757 分, not 87.57 万元
    }

    [Fact]
    public void Huangshi2019_WithItsAnswersCleared_IsNotFilled()
    {
        // The same form as a unit receives it before filling in: rows and money as printed, no 执行情况, no 可能性.
        var read = MonitoringReader.ReadFile(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", "m01-hubei-huangshi-2019.docx")));
        var report = read.Value!.First.Report;
        var blank = report with { Indicators = [.. report.Indicators.Select(i => i with { Actual = string.Empty, Possibility = string.Empty })] };
        var monitored = MonitoredProject.Assess(blank, MonitoringProfile.Hebei);
        Assert.True(monitored.IsBlank);
        Assert.Equal("未填报", monitored.Status);
        Assert.All(monitored.Findings, f => Assert.Equal("MON-01", f.RuleId)); // the spending only, no list of empty cells
    }
}
