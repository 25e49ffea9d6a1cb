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

    /// <summary>The 20 / 80 form whose rows add up to 100 under “年度绩效目标 (80分)”: 20 + 100 = 120 re-checked against
    /// the printed 100, and the bands named; the county table cut at a page without its heading reads its sixteen rows.</summary>
    [Fact]
    public void Score_Recheck_PublishedTablesOfTheFourthWidening()
    {
        var (exit, output, _) = CliRunner.Run("score", Corpus("se14-district-fuwumaoyi-2020.docx"), "--mode", "recheck");
        Assert.Equal(ExitCodes.ReviewErrors, exit);
        Assert.Contains("总分：复核 120.00（填报 100.00）", output, StringComparison.Ordinal);
        Assert.Contains("绩效指标注明 80 分，而“产出指标”60 分、“效益指标”40 分合计 100 分。", output, StringComparison.Ordinal);

        var (_, hengshan, _) = CliRunner.Run("score", Corpus("se16-hunan-hengshan-2020.docx"), "--mode", "recheck");
        Assert.Contains("读入指标 16 行", hengshan, StringComparison.Ordinal);
    }

    /// <summary>A reviewer's scores in the JSON form go through `jixiao score --format json`: 复核总分 98 against the
    /// recomputed 96.90 of the sample (8.90 + 14.38 + 15 + 10 + 9.62 + 15 + 14 + 10).</summary>
    [Fact]
    public void Score_JsonWithReviewerScores_ComparesAndWritesThem()
    {
        var sample = Path.Combine(TestFiles.RepositoryRoot, "samples", "示例-食品安全抽检经费2023年绩效自评.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(sample))!;
        json["reviewedTotal"] = 98m;
        var path = Path.Combine(TestFiles.TempDirectory(), "复核.json");
        File.WriteAllText(path, json.ToJsonString());

        var (_, output, _) = CliRunner.Run("score", path, "--mode", "recheck", "--format", "json");

        using var doc = JsonDocument.Parse(output);
        Assert.Equal((98m, 96.90m), (doc.RootElement.GetProperty("reviewedTotal").GetDecimal(), doc.RootElement.GetProperty("total").GetDecimal()));
        Assert.Contains(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "EVL-13");
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

    [Fact]
    public void Score_DepartmentTableWithPointsPerRow_IsRecheckedByItsPoints()
    {
        // 重庆 2021 (d01, cut after its seventh row): 执行率得分 10 × 76% = 7.60 as printed, seven rows at 100% of their
        // weights 2 2 1 2 2 2 2 = 13, so 7.60 + 13 = 20.60 against the printed 97.60 — an error, whatever the mode.
        foreach (var mode in new[] { "recheck", "score" })
        {
            var (exit, output, _) = CliRunner.Run("score", Corpus("d01-chongqing-kexuecheng-2021.docx"), "--mode", mode);
            Assert.Equal(ExitCodes.ReviewErrors, exit);
            Assert.Contains("部门整体绩效自评表（按表内分值复核）", output, StringComparison.Ordinal);
            Assert.Contains("读入指标 7 行", output, StringComparison.Ordinal);
            Assert.Matches(@"1\s+财政供养人员控制率\s+2\s+100%\s+2\.00\s+2\.00", output);
            Assert.Matches(@"3\s+基础信息完善\s+1\s+100%\s+1\.00\s+1\.00", output);
            Assert.Contains("执行率：权重 10，执行率 76.00%，填报得分 7.60，复核 7.60", output, StringComparison.Ordinal);
            Assert.Contains("总分：复核 20.60（填报 97.60）    分值合计 23    自评等级：优（填报 未填）", output, StringComparison.Ordinal);
            Assert.Contains("执行率得分 7.60 + 各行得分之和 13.00 = 20.60；等级按填报总分 97.60 确定", output, StringComparison.Ordinal);
            Assert.Contains("[错误]：自评总分 97.60，而执行率得分 7.60 与各行得分之和为 20.60，相差 77.00 分。", output, StringComparison.Ordinal);
            Assert.DoesNotContain("不是项目支出绩效自评表", output, StringComparison.Ordinal);
        }

        var (_, json, _) = CliRunner.Run("score", Corpus("d01-chongqing-kexuecheng-2021.html"), "--format", "json");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(20.60m, doc.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal(97.6m, doc.RootElement.GetProperty("declaredTotal").GetDecimal());
        Assert.Equal(7.60m, doc.RootElement.GetProperty("execution").GetProperty("scoreByRate").GetDecimal());
        Assert.Equal(7, doc.RootElement.GetProperty("rows").GetArrayLength());

        // 寿县 2023 (d02): 规划(15分) = 基础信息 3 + 工作计划 3 + 3 + 绩效目标 4 + 2, as printed; no total printed, no error.
        var (shouxian, groups, _) = CliRunner.Run("score", Corpus("d02-anhui-shouxian-2023.html"));
        Assert.Equal(ExitCodes.Success, shouxian);
        Assert.Contains("分组“规划(15分)”：注明 15 分，其下各行分值合计 15 分", groups, StringComparison.Ordinal);
        Assert.Contains("总分：复核 15.00（填报 未填）", groups, StringComparison.Ordinal);

        var dir = TestFiles.TempDirectory();
        var (docx, _, err) = CliRunner.Run("score", Corpus("d01-chongqing-kexuecheng-2021.docx"), "--format", "docx", "-o", Path.Combine(dir, "d01.docx"));
        Assert.Equal(ExitCodes.BadUsage, docx);
        Assert.Contains("请改用 --format text 或 json", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_DepartmentTableWithoutPointsPerRow_KeepsItsRefusal()
    {
        // The national layout of a department's table: 指标值 and 实际完成值 but no 分值 or 得分 — nothing to re-check by.
        var dir = TestFiles.TempDirectory();
        var file = Path.Combine(dir, "部门整体.html");
        File.WriteAllText(file, DepartmentTableWithoutPoints, Encoding.UTF8);

        var (exit, output, err) = CliRunner.Run("score", file, "--mode", "recheck");
        Assert.Equal(ExitCodes.UnreadableInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("此表是部门整体支出绩效自评表（表内有“部门职责”，没有“项目名称”），不是项目支出绩效自评表，未按项目表读取", err, StringComparison.Ordinal);
    }

    internal const string DepartmentTableWithoutPoints = """
        <html><head><meta charset="utf-8"></head><body><p>2023年度部门整体支出绩效自评表</p><table border="1">
        <tr><td>部门名称</td><td colspan="7">某县政务服务管理局</td></tr>
        <tr><td>部门职责</td><td colspan="7">负责政务服务工作。</td></tr>
        <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td><td>实际完成值</td><td>偏差原因分析及改进措施</td></tr>
        <tr><td>产出指标</td><td>数量指标</td><td>办件量</td><td>≥</td><td>1000</td><td>件</td><td>1200</td><td></td></tr>
        </table></body></html>
        """;
}
