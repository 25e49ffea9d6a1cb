using Jixiao.Tests;

namespace Jixiao.Documents.Tests;

/// <summary>A file that cannot be read gets errors naming the line, the table and what was expected; a partly
/// readable file reports every problem, not just the first.</summary>
public class BrokenFileTests
{
    [Fact]
    public void TruncatedTable_NamesTheLastRowAndTheTable()
    {
        var result = DocumentFiles.Read(TestFiles.Fixture("broken-truncated.txt"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "干部培训经费", 54), (error.TableNumber, error.TableName, error.Line));
        Assert.Equal("指标表最后一行不完整：只有 3 个单元格，应有 6 个（一级指标、二级指标、三级指标、绩效指标描述、指标值、指标值确定依据）。文件可能被截断，请补全该行。", error.Message);
        Assert.Equal("错误（文件 broken-truncated.txt，第 1 张表《干部培训经费》，第 54 行）：" + error.Message, error.ToString());
    }

    [Fact]
    public void BudgetThatIsNotANumber_NamesTheCellAndSaysWhatIsExpected()
    {
        var result = DocumentFiles.Read(TestFiles.Fixture("broken-budget.txt"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "干部培训经费", 14, "预算数"), (error.TableNumber, error.TableName, error.Line, error.Cell));
        Assert.Equal("预算数：“八万元”不是以万元为单位的金额（应为数字，例如 19.56）。", error.Message);
    }

    [Fact]
    public void ProjectWithNoIndicators_IsAnError()
    {
        var result = DocumentFiles.Read(TestFiles.Fixture("broken-no-indicators.txt"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "干部培训经费", 3), (error.TableNumber, error.TableName, error.Line));
        Assert.Equal("该项目没有任何绩效指标行。每个项目至少要有一行指标（产出、效益、满意度指标）。", error.Message);
    }

    [Fact]
    public void FileWithSeveralProblems_ReportsEveryOne()
    {
        var result = DocumentFiles.Read(TestFiles.Fixture("broken-many.txt"));

        Assert.Equal(
            [
                (1, "资金支出计划“6月底”的值“五成”不是百分比（应为 0–100 的数字，例如 25%）。"),
                (2, "预算数：“3..5”不是以万元为单位的金额（应为数字，例如 19.56）。"),
                (3, "该项目没有任何绩效指标行。每个项目至少要有一行指标（产出、效益、满意度指标）。"),
            ],
            result.Errors.Select(e => (e.TableNumber ?? 0, e.Message)));
    }

    [Fact]
    public void SpendingPlanShortOfPercentages_ReadsThoseGiven_AndNamesTheFirstMonthWithout()
    {
        // The row under the months, in the text layout, starts with the label's empty continuation: the percentages
        // follow it, and here stop after 6月底.
        var text = File.ReadAllText(TestFiles.Fixture("broken-many.txt")).Replace("\t75%\n\t100%\n", string.Empty, StringComparison.Ordinal);

        var result = PublishedText.PublishedTextReader.Read(text);

        var plan = result.Document.Projects[0].SpendingPlan;
        Assert.Equal([3], plan.Checkpoints.Select(c => c.Month));
        Assert.Equal(25m, plan.Checkpoints[0].CumulativePercent);
        Assert.Equal(
            ["资金支出计划“6月底”的值“五成”不是百分比（应为 0–100 的数字，例如 25%）。", "资金支出计划“10月底”没有填写百分比。"],
            result.Errors.Where(e => e.TableNumber == 1 && e.Message.StartsWith("资金支出计划", StringComparison.Ordinal)).Select(e => e.Message));
    }

    [Fact]
    public void FileWithoutAnyTable_SaysSo()
    {
        var result = PublishedText.PublishedTextReader.Read("这不是绩效文本\n只是一段文字\n");
        var error = Assert.Single(result.Errors);
        Assert.Contains("没有找到任何项目绩效目标表", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileAndUnknownExtension_AreClearErrors()
    {
        Assert.Contains("找不到文件", Assert.Single(DocumentFiles.Read("/nonexistent/x.txt").Errors).Message, StringComparison.Ordinal);
        var pdf = Path.Combine(TestFiles.TempDirectory(), "x.pdf");
        File.WriteAllText(pdf, "%PDF");
        Assert.Contains("不支持的文件类型", Assert.Single(DocumentFiles.Read(pdf).Errors).Message, StringComparison.Ordinal);
    }
}
