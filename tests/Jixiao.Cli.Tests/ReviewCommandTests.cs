using System.Text.Json;
using Jixiao.Cli;
using Jixiao.Documents.Json;
using Jixiao.Domain;
using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao review` run in-process: exit codes, the three formats, options.</summary>
public class ReviewCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(["review", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string CleanFile()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "clean.json");
        File.WriteAllText(path, DocumentJson.Write(CleanDocument.Create()));
        return path;
    }

    [Fact]
    public void Review_DepartmentTextExitsWith3AndListsFindingsByTableAndRule()
    {
        var (code, output, _) = Run(TestFiles.DepartmentTextPath);
        Assert.Equal(ExitCodes.ReviewErrors, code);
        Assert.Contains("文本质量得分", output, StringComparison.Ordinal);
        Assert.Contains("【第3张表《全县文化工作会议经费》 13910223P031730100025】", output, StringComparison.Ordinal);
        Assert.Contains("[错误] 模板占位符未填写", output, StringComparison.Ordinal);
        Assert.DoesNotContain("STR-09", output, StringComparison.Ordinal);
        Assert.Contains("指标第2行 · 三级指标", output, StringComparison.Ordinal);
        Assert.Contains("修改建议：", output, StringComparison.Ordinal);
        Assert.Contains("差：不得进入下一步预算安排流程", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_DepartmentTablesRows_AreNamedAsItsRows_NotAsAProjectTablesIndicators()
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "tests", "Jixiao.Documents.Tests", "Fixtures", "corpus", "department", "hunan-yueyanglou-2023-jiagerenzheng.html");
        var (_, output, _) = Run(path, "--region", "430602");
        Assert.Contains("全文（第一部分及跨表检查）", output, StringComparison.Ordinal);
        Assert.Contains("- 部门整体绩效目标表第3行 · 指标值：", output, StringComparison.Ordinal);
        Assert.DoesNotContain("- 指标第3行 · 指标值：", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_CleanDocumentExitsWith0()
    {
        var (code, output, _) = Run(CleanFile());
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("100.00 分，优", output, StringComparison.Ordinal);
        Assert.Contains("未发现需要列出的问题", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_JsonFormatIsMachineReadable()
    {
        var (code, output, _) = Run(TestFiles.DepartmentTextPath, "--format", "json");
        Assert.Equal(ExitCodes.ReviewErrors, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("差", root.GetProperty("documentGrade").GetString());
        Assert.Equal(10, root.GetProperty("tables").GetArrayLength());
        Assert.Equal(2, root.GetProperty("counts").GetProperty("errors").GetInt32());
        var first = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "STR-09");
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(2, first.GetProperty("indicatorRow").GetInt32());
        Assert.Equal("完整性", first.GetProperty("dimension").GetString());
    }

    [Fact]
    public void Review_HtmlIsASelfContainedPrintablePage()
    {
        var output = Path.Combine(TestFiles.TempDirectory(), "审核报告.html");
        var (code, _, err) = Run(TestFiles.DepartmentTextPath, "--format", "html", "-o", output);
        Assert.Equal(ExitCodes.ReviewErrors, code);
        Assert.Contains("已写入", err, StringComparison.Ordinal);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("工作质量考核优良率（≧**%）", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_MinSeverityHidesLesserFindingsButKeepsTheExitCode()
    {
        var (code, output, _) = Run(TestFiles.DepartmentTextPath, "--min-severity", "error");
        Assert.Equal(ExitCodes.ReviewErrors, code);
        Assert.Contains(RuleTitles.Of("STR-09"), output, StringComparison.Ordinal);
        Assert.DoesNotContain("[警告]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[提示]", output, StringComparison.Ordinal);
        Assert.Contains("下文只列错误及以上", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_ProvinceRulesFileIsApplied()
    {
        var rules = Path.Combine(TestFiles.TempDirectory(), "rules.json");
        File.WriteAllText(rules, """{ "id": "本省", "rules": { "STR-09": { "severity": "warning" } } }""");
        var (code, output, _) = Run(TestFiles.DepartmentTextPath, "--rules", rules);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("审核规则配置 本省", output, StringComparison.Ordinal);
        Assert.Contains("[警告] " + RuleTitles.Of("STR-09"), output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--min-severity", "fatal")]
    [InlineData("--colour", "yes")]
    public void Review_BadOptionsExitWith2(string option, string value)
    {
        var (code, _, err) = Run(TestFiles.DepartmentTextPath, option, value);
        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("用法：jixiao review", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_MissingFilesExitWith1()
    {
        Assert.Equal(ExitCodes.UnreadableInput, Run("不存在.txt").Code);
        var (code, _, err) = Run(TestFiles.DepartmentTextPath, "--rules", "不存在.json");
        Assert.Equal(ExitCodes.UnreadableInput, code);
        Assert.Contains("找不到审核规则配置文件", err, StringComparison.Ordinal);
    }
}
