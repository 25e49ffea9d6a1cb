using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Cli;
using Jixiao.Documents.Evaluation;
using Jixiao.Domain;
using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao score` and `jixiao monitor` run in-process.</summary>
public class ScoreCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Sample(string name) => Path.Combine(TestFiles.RepositoryRoot, "samples", name);

    [Fact]
    public void Score_PrintsTheTableWithFormulasTotalAndGrade()
    {
        var (exit, output, _) = Run("score", Sample("示例-食品安全抽检经费2023年绩效自评.json"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("项目支出绩效自评表（2023年度）", output, StringComparison.Ordinal);
        Assert.Contains("得分 = 分值 10 × min(89.00%, 100%) = 8.90", output, StringComparison.Ordinal);
        Assert.Contains("得分 = 分值 15 × 实际 1150 ÷ 目标 1200 = 14.38", output, StringComparison.Ordinal);
        Assert.Contains("总分：96.90    自评等级：优", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WithAnErrorFinding_ExitsWith3()
    {
        var dir = TestFiles.TempDirectory();
        var file = Path.Combine(dir, "short.json");
        File.WriteAllText(file, """
            { "format": "jixiao.self-evaluation/1", "projectName": "培训经费",
              "budget": { "adjustedBudget": "10.00", "spent": "8.00" },
              "indicators": [
                { "level1": "产出指标", "level2": "数量指标", "name": "培训人次", "target": "≥100人次", "actual": "80人次" },
                { "level1": "效益指标", "level2": "社会效益指标", "name": "考核合格率", "target": "≥90%", "actual": "95%" },
                { "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "学员满意度", "target": "≥90%", "actual": "92%" } ] }
            """);
        var (exit, output, _) = Run("score", file);
        Assert.Equal(ExitCodes.ReviewErrors, exit);
        Assert.Contains("[错误] 未完成指标未说明原因 指标第1行 · 偏差原因分析及改进措施", output, StringComparison.Ordinal);
        Assert.Contains("[警告] " + RuleTitles.Of("EVL-03"), output, StringComparison.Ordinal);

        var (jsonExit, json, _) = Run("score", file, "--format", "json", "--profile", "sichuan");
        Assert.Equal(ExitCodes.ReviewErrors, jsonExit);
        using var doc = JsonDocument.Parse(json);
        // 四川: 10 + 90 shared equally by 3 rows = 30 each; budget 10 × 0.8 = 8.00; row 1: 30 × 80 ÷ 100 = 24.00 → 92.00.
        Assert.Equal(92.00m, doc.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal("优", doc.RootElement.GetProperty("grade").GetString());
        Assert.Contains(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "EVL-06");
    }

    [Fact]
    public void Score_UnreadableFile_ExitsWith1AndNamesTheCell()
    {
        var dir = TestFiles.TempDirectory();
        var file = Path.Combine(dir, "bad.json");
        File.WriteAllText(file, """{ "format": "jixiao.self-evaluation/1", "budget": { "adjustedBudget": "abc", "spent": "1" } }""");
        var (exit, _, err) = Run("score", file);
        Assert.Equal(ExitCodes.UnreadableInput, exit);
        Assert.Contains("文件 bad.json，“全年预算数”", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownProfile_IsBadUsage()
    {
        var (exit, _, err) = Run("score", Sample("示例-食品安全抽检经费2023年绩效自评.json"), "--profile", "nowhere");
        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("nowhere", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Monitor_TakesSpendingFromPaymentRecords()
    {
        // The sample's payments of this project to 30 June: 51,200 元 = 5.12 万元 (those of July and September are after
        // the checkpoint; the other projects' rows are not counted) → 40.00% of 12.80.
        var (exit, output, err) = Run("monitor", Sample("示例-资产报告编报2024年1-6月监控.json"), "--payments", Sample("示例-支付记录.csv"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("共 8 条，本项目累计 5.12 万元", err, StringComparison.Ordinal);
        Assert.Contains("时间进度 r = 40.00% ÷ (6/12) × 100 = 80.00 → 绿灯", output, StringComparison.Ordinal);
        Assert.Contains("项目预警：黄灯", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_FromAnApprovedTable_ThenMonitor_GivesTheJuneLight()
    {
        // Table 1 of the department text (文物安全巡查经费 18.40, plan 25/50/75/100) as a 1–6月 监控表; the clerk enters 7.36 spent (40%) and
        // each indicator as fully on track (确定能, actual = target): r = 80.00 → green; plan 50% → MON-01 info.
        var dir = TestFiles.TempDirectory();
        var file = Path.Combine(dir, "monitor.json");
        var (exit, _, _) = Run("template", "monitor", TestFiles.DepartmentTextPath, "--project", "13910223P03171010001K", "--month", "6", "-o", file);
        Assert.Equal(ExitCodes.Success, exit);
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        json["spent"] = "7.36";
        foreach (var row in json["indicators"]!.AsArray())
        {
            row!["actual"] = row["target"]!.GetValue<string>().TrimStart('≥', '≤', '=');
            row["possibility"] = "确定能";
        }

        File.WriteAllText(file, json.ToJsonString());
        var (monitorExit, output, _) = Run("monitor", file);
        Assert.Equal(ExitCodes.Success, monitorExit);
        Assert.Contains("时间进度 r = 40.00% ÷ (6/12) × 100 = 80.00 → 绿灯", output, StringComparison.Ordinal);
        Assert.Contains("[提示] 预算执行进度偏离 资金支出计划：支出进度落后于本项目资金支出计划", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_SelfEvaluation_ListsTheApprovedRows()
    {
        var (exit, output, _) = Run("template", "selfeval", TestFiles.DepartmentTextPath, "--project", "1");
        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("jixiao.self-evaluation/1", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal("18.40", doc.RootElement.GetProperty("budget").GetProperty("adjustedBudget").GetString());
        Assert.True(doc.RootElement.GetProperty("indicators").GetArrayLength() > 0);
    }

    [Fact]
    public void Score_WithApprovedGoals_ChecksTheRowsAgainstThem()
    {
        // A 自评表 made from the department text's table 1, then its first 年度指标值 changed: EVL-09 names the approved value.
        var dir = TestFiles.TempDirectory();
        var file = Path.Combine(dir, "selfeval.json");
        Assert.Equal(ExitCodes.Success, Run("template", "selfeval", TestFiles.DepartmentTextPath, "--project", "1", "-o", file).Exit);
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        var approvedTarget = json["indicators"]![0]!["target"]!.GetValue<string>();
        json["indicators"]![0]!["target"] = "≥1个";
        json["indicators"]![0]!["actual"] = "1个"; // filled in: a blank form is 未填报 and not checked
        File.WriteAllText(file, json.ToJsonString());
        var (exit, output, _) = Run("score", file, "--goals", TestFiles.DepartmentTextPath);
        Assert.Equal(ExitCodes.ReviewErrors, exit);
        Assert.Contains($"与批复的“{approvedTarget}”不同", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreCommand_WritesXlsxAndScoresTheFilledExcelForm()
    {
        var dir = TestFiles.TempDirectory();
        var form = Path.Combine(dir, "自评表.xlsx");
        File.WriteAllBytes(form, SelfEvaluationForms.WriteXlsx(SelfEvaluationJson.ReadFile(Sample("示例-食品安全抽检经费2023年绩效自评.json")).Value!));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Success, CliApp.Run(["score", form], stdout, stderr));
        Assert.Contains("总分：96.90    自评等级：优", stdout.ToString(), StringComparison.Ordinal);

        var output = Path.Combine(dir, "out", "scored.docx");
        Assert.Equal(ExitCodes.Success, CliApp.Run(["score", form, "--format", "docx", "-o", output], stdout, stderr));
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void ScoreCommand_DocxWithoutOutput_IsAUsageError()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(["monitor", Sample("示例-资产报告编报2024年1-6月监控.json"), "--format", "xlsx"], stdout, stderr);
        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("请用 -o 指定输出路径", stderr.ToString(), StringComparison.Ordinal);
    }
}
