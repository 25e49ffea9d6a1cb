using System.Text;
using System.Text.Json;
using Jixiao.Domain;
using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao score` and `jixiao monitor` on published 自评表 and 监控表 files (the reader's corpus): the mode,
/// the preview of what was read, the money unit asked for when a form does not say it, 未填报.</summary>
public class FormCommandTests
{
    private static string Corpus(string name) => TestFiles.Fixture(Path.Combine("Corpus", name));

    [Fact]
    public void Score_Recheck_PrintsThePreviewAndPublishedAgainstRecomputed()
    {
        var (exit, output, _) = CliRunner.Run("score", Corpus("se01-yunnan-yongde-2022.xlsx"), "--mode", "recheck");

        // Row 3 printed 7 where 100% of ≧100% gives 10: an EVL-04 warning and the EVL-08 error on the total.
        Assert.Equal(ExitCodes.ReviewErrors, exit);
        Assert.Contains("读取：se01-yunnan-yongde-2022.xlsx，", output, StringComparison.Ordinal);
        Assert.Contains("金额单位：元（取自“项目资金 (元)”", output, StringComparison.Ordinal);
        Assert.Contains("读入指标 9 行；跳过 1 行", output, StringComparison.Ordinal);
        Assert.Contains("模式：复核模式：", output, StringComparison.Ordinal);
        Assert.Contains("总分：复核 99.80（填报 96.00）", output, StringComparison.Ordinal);
        Assert.Contains("* 不可复核，保留评价人得分", output, StringComparison.Ordinal);

        var (_, json, _) = CliRunner.Run("score", Corpus("se01-yunnan-yongde-2022.xlsx"), "--mode", "recheck", "--format", "json");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("recheck", doc.RootElement.GetProperty("mode").GetString());
        Assert.Equal(99.80m, doc.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal("元", doc.RootElement.GetProperty("source").GetProperty("moneyUnit").GetString());

        var (badExit, _, err) = CliRunner.Run("score", Corpus("se01-yunnan-yongde-2022.xlsx"), "--mode", "review");
        Assert.Equal(ExitCodes.BadUsage, badExit);
        Assert.Contains("--mode 只能是 score（打分）或 recheck（复核）", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_FormWithoutItsMoneyUnit_StopsUntilNamed()
    {
        var dir = TestFiles.TempDirectory();
        var file = Path.Combine(dir, "无单位.html");
        File.WriteAllText(file, File.ReadAllText(Corpus("se01-yunnan-yongde-2022.html")).Replace("项目资金 (元)", "项目资金", StringComparison.Ordinal), Encoding.UTF8);

        var (exit, output, err) = CliRunner.Run("score", file, "--mode", "recheck");
        Assert.Equal(ExitCodes.UnreadableInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("无法确定金额单位", err, StringComparison.Ordinal);

        var (named, text, _) = CliRunner.Run("score", file, "--mode", "recheck", "--money-unit", "元");
        Assert.Equal(ExitCodes.ReviewErrors, named);
        Assert.Contains("金额单位：元（表内未注明，按指定）", text, StringComparison.Ordinal);
        Assert.Contains("总分：复核 99.80（填报 96.00）", text, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.BadUsage, CliRunner.Run("score", file, "--money-unit", "千元").ExitCode);
    }

    [Fact]
    public void Score_BlankForm_IsNotFilled_InBothModes()
    {
        foreach (var mode in new[] { "score", "recheck" })
        {
            var (exit, output, _) = CliRunner.Run("score", Corpus("se03-sichuan-qingshen-2023.xlsx"), "--mode", mode);
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains("状态：未填报", output, StringComparison.Ordinal);
            Assert.DoesNotContain("EVL-", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Monitor_PublishedForm_ReadsItsPeriodAndFlagsTheMissingReason()
    {
        var (exit, output, _) = CliRunner.Run("monitor", Corpus("m01-hubei-huangshi-2019.docx"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("金额单位：万元", output, StringComparison.Ordinal);
        Assert.Contains("跳过", output, StringComparison.Ordinal);
        Assert.Contains(RuleTitles.Of("MON-09"), output, StringComparison.Ordinal);

        var (_, json, _) = CliRunner.Run("monitor", Corpus("m01-hubei-huangshi-2019.docx"), "--format", "json");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("yellow", doc.RootElement.GetProperty("budgetLight").GetString());
        Assert.Equal("万元", doc.RootElement.GetProperty("source").GetProperty("moneyUnit").GetString());
        Assert.Equal("确定能", doc.RootElement.GetProperty("indicators")[0].GetProperty("possibility").GetString());
    }
}
