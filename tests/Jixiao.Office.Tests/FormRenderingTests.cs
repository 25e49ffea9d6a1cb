using Jixiao.Documents.Evaluation;
using Jixiao.Documents.Monitoring;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Text;
using Jixiao.Tests;

namespace Jixiao.Office.Tests;

/// <summary>The 自评表 and 监控表 as LibreOffice prints them: A4, every indicator, 总分 and 等级 (or the lights) in the
/// text. PNGs of the first pages are kept under TestResults/office-rendering/forms for a person to look at.</summary>
public class FormRenderingTests
{
    private static string Sample(string name) => Path.Combine(TestFiles.RepositoryRoot, "samples", name);

    private static ScoredEvaluation Scored =>
        ScoredEvaluation.Evaluate(SelfEvaluationJson.ReadFile(Sample("示例-食品安全抽检经费2023年绩效自评.json")).Value!, ScoringProfile.National);

    [SkippableTheory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void SelfEvaluationForm_PrintsEveryIndicatorTotalAndGrade(string format)
    {
        LibreOffice.Require("soffice", "pdftotext", "pdfinfo", "pdftoppm");
        var directory = LibreOffice.ArtifactDirectory("forms");
        var scored = Scored;
        var file = Path.Combine(directory, $"自评表-{format}.{format}");
        File.WriteAllBytes(file, format == "docx" ? SelfEvaluationForms.WriteDocx(scored) : SelfEvaluationForms.WriteXlsx(scored));

        var pdf = LibreOffice.ToPdf(file);
        var text = string.Concat(LibreOffice.PageTexts(pdf).Select(ChineseText.WithoutWhitespace));
        Assert.Contains("(A4)", LibreOffice.Info(pdf), StringComparison.Ordinal);
        Assert.Contains("项目支出绩效自评表", text, StringComparison.Ordinal);
        Assert.All(scored.Result.Evaluation.Indicators, i => Assert.Contains(ChineseText.WithoutWhitespace(i.Name), text, StringComparison.Ordinal));
        Assert.Contains("总分", text, StringComparison.Ordinal);
        Assert.Contains("96.90", text, StringComparison.Ordinal);
        Assert.Contains("自评等级", text, StringComparison.Ordinal);
        Assert.Contains(scored.Result.Grade.ToChinese(), text, StringComparison.Ordinal);
        Assert.Contains("89.00%", text, StringComparison.Ordinal);

        LibreOffice.PageToPng(pdf, 1, Path.Combine(directory, $"自评表-{format}"));
        Assert.True(new FileInfo(Path.Combine(directory, $"自评表-{format}.png")).Length > 10_000);
    }

    [SkippableTheory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void MonitoringForm_PrintsEveryIndicatorAndItsLight(string format)
    {
        LibreOffice.Require("soffice", "pdftotext", "pdfinfo", "pdftoppm");
        var directory = LibreOffice.ArtifactDirectory("forms");
        var monitored = MonitoredProject.Assess(MonitoringJson.ReadFile(Sample("示例-资产报告编报2024年1-6月监控.json")).Value!, MonitoringProfile.Hebei);
        var file = Path.Combine(directory, $"监控表-{format}.{format}");
        File.WriteAllBytes(file, format == "docx" ? MonitoringForms.WriteDocx(monitored) : MonitoringForms.WriteXlsx(monitored));

        var pdf = LibreOffice.ToPdf(file);
        var text = string.Concat(LibreOffice.PageTexts(pdf).Select(ChineseText.WithoutWhitespace));
        Assert.Contains("项目支出绩效目标执行监控表（1–6月）", text, StringComparison.Ordinal);
        Assert.All(monitored.Assessment.Indicators, i => Assert.Contains(ChineseText.WithoutWhitespace(i.Indicator.Name), text, StringComparison.Ordinal));
        Assert.Contains("40.00%", text, StringComparison.Ordinal);
        Assert.Contains("项目预警", text, StringComparison.Ordinal);
        Assert.Contains(monitored.Assessment.ProjectLight.ToChinese(), text, StringComparison.Ordinal);

        LibreOffice.PageToPng(pdf, 1, Path.Combine(directory, $"监控表-{format}"));
    }
}
