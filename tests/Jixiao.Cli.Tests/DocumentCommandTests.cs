using System.Text.Json;
using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

public class DocumentCommandTests
{
    [Fact]
    public void Show_PrintsTheDocumentSummary()
    {
        var (code, stdout, stderr) = CliRunner.Run("show", TestFiles.DepartmentTextPath);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("部门：317 文化广电局", stdout, StringComparison.Ordinal);
        Assert.Contains("年度：2023（取自项目编码）  区划：139102（取自项目编码）", stdout, StringComparison.Ordinal);
        Assert.Contains("分项绩效目标 5 个，工作保障措施 5 条", stdout, StringComparison.Ordinal);
        Assert.Contains("合计：10 个项目，预算数 173.67 万元，绩效目标 28 条，指标 90 行", stdout, StringComparison.Ordinal);
    }

    /// <summary>Another county's goal table as the extraction tool writes it: no parts, a 申报表 title with its year in
    /// full-width digits, GB18030 with CRLF, full-width amounts, a stray tab after a cell, a note under the table.</summary>
    [Fact]
    public void Show_AnotherDepartmentsTableAsPublishedText_PrintsItWithoutErrors()
    {
        string[][] rows =
        [
            ["项目名称", "农村道路养护", "主管部门", "某某县交通运输局"],
            ["年度资金总额（万元）", "１２０．５", "其中：财政资金", "１００"],
            ["", "", "其他资金", "２０．５"],
            ["年度绩效目标", "完成农村公路养护３００公里，路况优良率达到８５％以上。"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "养护里程  \t", "≥３００公里"],
            ["", "质量指标", "路况优良率", "≥８５％"],
            ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
            ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥９０％"],
        ];
        var lines = new List<string> { "项目支出绩效目标申报表", "（２０２４年度）" };
        foreach (var row in rows)
        {
            lines.AddRange(row.Select(cell => "\t" + cell));
            lines.Add(string.Empty);
        }

        lines.AddRange([string.Empty, "注：本表由项目单位填报。"]);
        var path = Path.Combine(TestFiles.TempDirectory(), "农村道路养护.txt");
        File.WriteAllBytes(path, Jixiao.Documents.TextDecoding.Gb18030.GetBytes(string.Join("\r\n", lines) + "\r\n"));

        var (code, stdout, stderr) = CliRunner.Run("show", path);

        Assert.Equal(0, code);
        Assert.DoesNotContain("错误", stderr, StringComparison.Ordinal);
        Assert.Contains("部门：某某县交通运输局", stdout, StringComparison.Ordinal);
        Assert.Contains("年度：2024（取自标题）", stdout, StringComparison.Ordinal);
        Assert.Contains("合计：1 个项目，预算数 120.50 万元，绩效目标 1 条，指标 4 行", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WritesJson_AndExport_WritesTheTextBack()
    {
        var dir = TestFiles.TempDirectory();
        var json = Path.Combine(dir, "text.json");
        var text = Path.Combine(dir, "text.txt");

        Assert.Equal(0, CliRunner.Run("import", TestFiles.DepartmentTextPath, "-o", json).ExitCode);
        using (var doc = JsonDocument.Parse(File.ReadAllText(json)))
        {
            Assert.Equal("173.67", doc.RootElement.GetProperty("totalBudget").GetString());
            Assert.Equal(10, doc.RootElement.GetProperty("projects").GetArrayLength());
        }

        Assert.Equal(0, CliRunner.Run("export", json, "--format", "text", "-o", text).ExitCode);
        var (code, stdout, _) = CliRunner.Run("show", text);
        Assert.Equal(0, code);
        Assert.Contains("合计：10 个项目，预算数 173.67 万元，绩效目标 28 条，指标 90 行", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WithoutOutput_WritesToStdout()
    {
        var (code, stdout, _) = CliRunner.Run("export", TestFiles.DepartmentTextPath, "--format", "text");
        Assert.Equal(0, code);
        Assert.StartsWith("第一部分\n部门整体绩效目标", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableInput_Exits1_WithEveryProblemOnStderr_AndWritesNothing()
    {
        var dir = TestFiles.TempDirectory();
        var broken = Path.Combine(dir, "broken.txt");
        File.WriteAllText(broken, "1.某项目绩效目标表\n\t项目编码\n\t13010524P000401000011\n\t预算数\n\tabc\n");
        var output = Path.Combine(dir, "out.json");

        var (code, stdout, stderr) = CliRunner.Run("import", broken, "-o", output);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("错误（文件 broken.txt，第 1 张表《某项目》，第 5 行，“预算数”）：预算数：“abc”不是以万元为单位的金额", stderr, StringComparison.Ordinal);
        Assert.Contains("没有找到指标表", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void OutputIntoAFolderThatCannotExist_Exits1_WithWhatToCheck()
    {
        var dir = TestFiles.TempDirectory();
        var blocker = Path.Combine(dir, "不是文件夹.txt");
        File.WriteAllText(blocker, "x");

        var (code, _, stderr) = CliRunner.Run("import", TestFiles.DepartmentTextPath, "-o", Path.Combine(blocker, "out.json"));

        Assert.Equal(1, code);
        Assert.StartsWith("文件读写失败：请检查路径和文件夹是否存在", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("show", "a.txt", "b.txt")]
    [InlineData("export", "a.json")]
    [InlineData("export", "a.json", "--format", "pdf")]
    [InlineData("show", "a.txt", "--year", "22")]
    [InlineData("show", "a.txt", "--region", "13")]
    [InlineData("show", "a.txt", "--colour", "red")]
    [InlineData("frobnicate")]
    [InlineData]
    public void BadUsage_Exits2(params string[] args)
    {
        Assert.Equal(2, CliRunner.Run(args).ExitCode);
    }

    [Fact]
    public void ImportExplain_PrintsHowEachColumnWasRead_EvenWhenTheFileHasErrors()
    {
        var dir = TestFiles.TempDirectory();
        var table = Path.Combine(dir, "申报表.html");
        File.WriteAllText(table, """
            <table><tr><td>项目名称</td><td>示范项目</td></tr><tr><td>资金情况（万元）</td><td>年度资金总额：20</td></tr>
            <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>考核目标</td></tr>
            <tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥200人次</td></tr></table>
            """);

        var (code, stdout, stderr) = CliRunner.Run("import", table, "--explain");

        Assert.Equal(1, code);
        Assert.Contains("[读入] 三级指标 → 三级指标", stdout, StringComparison.Ordinal);
        Assert.Contains("[保留] 考核目标 → 其他（保留），0%，未识别的表头", stdout, StringComparison.Ordinal);
        Assert.Contains("未识别的表头“考核目标”", stderr, StringComparison.Ordinal);
    }
}
