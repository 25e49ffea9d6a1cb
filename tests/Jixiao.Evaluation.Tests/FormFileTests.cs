using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.Monitoring;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;
using Jixiao.Tests;

namespace Jixiao.Evaluation.Tests;

/// <summary>The 自评表 and 监控表 as Word and Excel files: the figures they show and the Excel form read back.</summary>
public class FormFileTests
{
    private static string Sample(string name) => Path.Combine(TestFiles.RepositoryRoot, "samples", name);

    private static SelfEvaluation Evaluation => SelfEvaluationJson.ReadFile(Sample("示例-食品安全抽检经费2023年绩效自评.json")).Value!;

    private static MonitoredProject Monitored =>
        MonitoredProject.Assess(MonitoringJson.ReadFile(Sample("示例-资产报告编报2024年1-6月监控.json")).Value!, MonitoringProfile.Hebei);

    /// <summary>Cell texts of the first sheet by reference (numbers as stored, inline strings as text).</summary>
    private static Dictionary<string, string> Cells(byte[] xlsx)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = package.WorkbookPart!.WorksheetParts.First();
        return part.Worksheet!.Descendants<Cell>()
            .Where(c => c.CellReference is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty);
    }

    private static string Right(Dictionary<string, string> cells, string label, int offset = 1)
    {
        var at = cells.First(c => c.Value == label).Key;
        var row = new string([.. at.SkipWhile(char.IsLetter)]);
        var column = at[..^row.Length];
        var columns = cells.Keys.Where(k => k.EndsWith(row, StringComparison.Ordinal) && k[..^row.Length].All(char.IsLetter)).Select(k => k[..^row.Length])
            .Where(c => c.Length > column.Length || (c.Length == column.Length && string.CompareOrdinal(c, column) > 0))
            .Where(c => cells[c + row].Length > 0).OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).ToList();
        return cells[columns[offset - 1] + row];
    }

    /// <summary>The form read back, without what only a read file carries (where rows were, the printed points, the
    /// money unit), so it compares with the form that was written.</summary>
    private static SelfEvaluation ReadBack(byte[] xlsx)
    {
        var read = SelfEvaluationReader.Read(xlsx, "自评.xlsx");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var again = read.Value!.First.Evaluation;
        Assert.Equal("万元", again.MoneyUnit);
        Assert.Empty(again.Notes);
        return again with { Layout = PointsLayout.None, MoneyUnit = string.Empty, Notes = [], Indicators = [.. again.Indicators.Select(i => i with { Place = string.Empty })] };
    }

    [Fact]
    public void DeclaredXlsx_ReadsBackToTheSameSelfEvaluation()
    {
        var original = Evaluation;
        var again = ReadBack(SelfEvaluationForms.WriteXlsx(original));
        Assert.Equal(original with { Budget = new(), Indicators = [] }, again with { Budget = new(), Indicators = [] });
        Assert.Equal(original.Budget with { Breakdown = [] }, again.Budget with { Breakdown = [] });
        Assert.Equal(original.Budget.Breakdown, again.Budget.Breakdown);
        Assert.Equal(original.Indicators, again.Indicators);
    }

    [Fact]
    public void DeclaredXlsx_NotApplicableRow_ReadsBackAsNotApplicable()
    {
        var original = Evaluation with { Indicators = [.. Evaluation.Indicators.Select((i, n) => n == 2 ? i with { NotApplicable = true, DeclaredScore = null } : i)] };
        var again = ReadBack(SelfEvaluationForms.WriteXlsx(original));
        Assert.Equal(original.Indicators, again.Indicators);
        Assert.True(again.Indicators[2].NotApplicable);
    }

    [Fact]
    public void ScoredXlsx_ShowsComputedRateScoresTotalAndGrade()
    {
        // docs/evaluation.md: 40.05 ÷ 45.00 = 89.00% → 8.90; total 96.90 → 优.
        var cells = Cells(SelfEvaluationForms.WriteXlsx(ScoredEvaluation.Evaluate(Evaluation, ScoringProfile.National)));
        Assert.Equal("96.90", decimal.Parse(Right(cells, "总分"), System.Globalization.CultureInfo.InvariantCulture).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("优", Right(cells, "自评等级"));
        Assert.Equal("89.00%", Right(cells, "年度资金总额", 5));
        Assert.Equal(8.90m, decimal.Parse(Right(cells, "年度资金总额", 6), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(cells.Values, v => v.Contains("得分 = 分值 15 × 实际 1150 ÷ 目标 1200 = 14.38", StringComparison.Ordinal));
    }

    [Fact]
    public void ScoredXlsx_ScoredAgain_GivesTheSameTotal()
    {
        var scored = ScoredEvaluation.Evaluate(Evaluation, ScoringProfile.National);
        var read = SelfEvaluationReader.Read(SelfEvaluationForms.WriteXlsx(scored), "scored.xlsx");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var again = ScoredEvaluation.Evaluate(read.Value!.First.Evaluation, ScoringProfile.National);
        Assert.Equal(96.90m, again.Result.Total);
        Assert.Equal(scored.Result.Indicators.Select(i => i.Score), again.Result.Indicators.Select(i => i.Score));
        Assert.Empty(again.Findings);
    }

    [Fact]
    public void Xlsx_BadAmountAndScore_AreReportedWithSheetAndCell()
    {
        var bytes = SelfEvaluationForms.WriteXlsx(Evaluation);
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var package = SpreadsheetDocument.Open(stream, true))
        {
            var cells = package.WorkbookPart!.WorksheetParts.First().Worksheet!.Descendants<Cell>().ToList();

            // Row 7 is 年度资金总额 (title, subtitle, three header rows, money header); D is 全年预算数（A）.
            Replace(cells.Single(c => c.CellReference == "D7"), "四十五万");
            var scoreCell = cells.First(c => c.CellReference!.Value!.StartsWith('G') && c.CellValue?.Text == "14.38");
            Replace(scoreCell, "很好");
        }

        var read = SelfEvaluationReader.Read(stream.ToArray(), "bad.xlsx");
        Assert.True(read.HasErrors);
        Assert.Contains(read.Problems, p => p.Sheet == "自评表" && p.Cell == "D7" && p.Message.Contains("全年预算数", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Sheet == "自评表" && p.Cell!.StartsWith('G') && p.Message.Contains("食品监督抽检批次", StringComparison.Ordinal));
        Assert.Contains("工作表「自评表」", read.Problems[0].Location, StringComparison.Ordinal);
    }

    private static void Replace(Cell cell, string text)
    {
        cell.CellValue = null;
        cell.InlineString = new InlineString(new Text(text));
        cell.DataType = CellValues.InlineString;
    }

    [Fact]
    public void NotASelfEvaluationWorkbook_IsRefusedInChinese()
    {
        var read = SelfEvaluationReader.Read(MonitoringForms.WriteXlsx(Monitored), "jk.xlsx");
        Assert.True(read.HasErrors);
        Assert.Contains("文件中没有项目支出绩效自评表", read.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoredDocx_ShowsRateTotalGradeAndFormulas()
    {
        var docx = SelfEvaluationForms.WriteDocx(ScoredEvaluation.Evaluate(Evaluation, ScoringProfile.National));
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = package.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("项目支出绩效自评表", text, StringComparison.Ordinal);
        Assert.Contains("89.00%", text, StringComparison.Ordinal);
        Assert.Contains("总分96.90", text, StringComparison.Ordinal);
        Assert.Contains("自评等级优", text, StringComparison.Ordinal);
        Assert.Contains("得分 = 分值 10 × 目标 380 ÷ 实际 395 = 9.62", text, StringComparison.Ordinal);
        Assert.All(Evaluation.Indicators, i => Assert.Contains(i.Name, text, StringComparison.Ordinal));
    }

    [Fact]
    public void MonitoringXlsx_ShowsRateAndLightsAsWordsOnTheirColours()
    {
        // 5.12 ÷ 12.80 = 40.00%; the 政府采购专项检查单位数 row (6 of 20) is yellow, so the project light is yellow.
        var monitored = Monitored;
        var bytes = MonitoringForms.WriteXlsx(monitored);
        var cells = Cells(bytes);
        Assert.Contains("40.00%", cells.Values);
        Assert.Equal(Light.Yellow, monitored.Assessment.ProjectLight);
        Assert.Equal("黄灯", Right(cells, "项目预警"));
        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheetCells = package.WorkbookPart!.WorksheetParts.First().Worksheet!.Descendants<Cell>().ToList();
        var yellowStyles = sheetCells.Where(c => c.InlineString?.InnerText == "黄灯").Select(c => c.StyleIndex!.Value).Distinct().ToList();
        var greenStyles = sheetCells.Where(c => c.InlineString?.InnerText == "绿灯").Select(c => c.StyleIndex!.Value).Distinct().ToList();
        Assert.Single(yellowStyles);
        Assert.Single(greenStyles);
        Assert.NotEqual(yellowStyles[0], greenStyles[0]);
        var fills = package.WorkbookPart.WorkbookStylesPart!.Stylesheet!.Fills!.Elements<Fill>().ToList();
        var xf = package.WorkbookPart.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)yellowStyles[0]);
        Assert.Equal("FFFFE699", fills[(int)xf.FillId!.Value].PatternFill!.ForegroundColor!.Rgb!.Value);
    }

    [Fact]
    public void MonitoringDocx_HasLightsPeriodAndFindings()
    {
        var monitored = Monitored;
        using var package = WordprocessingDocument.Open(new MemoryStream(MonitoringForms.WriteDocx(monitored)), false);
        var body = package.MainDocumentPart!.Document!.Body!;
        Assert.Contains("项目支出绩效目标执行监控表（1–6月）", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("1–6月执行数", body.InnerText, StringComparison.Ordinal);
        Assert.Contains(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Shading>(), s => s.Fill == "FFE699");
        Assert.Equal(DocumentFormat.OpenXml.Wordprocessing.PageOrientationValues.Landscape, body.Descendants<DocumentFormat.OpenXml.Wordprocessing.PageSize>().Single().Orient!.Value);
    }
}
