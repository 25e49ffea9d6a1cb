using Jixiao.Application.Execution;
using Jixiao.Documents.Evaluation;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao score FILE`: scores a 项目支出绩效自评表 — Jixiao's JSON form, or a table file (.xlsx, .docx, .html)
/// read by its labels — and prints the table with every formula and the EVL findings. `--mode recheck` re-checks a
/// submitted or published table instead of scoring it. Exit 3 when a finding is an error.</summary>
internal sealed class ScoreCommand : ICommand
{
    public string Name => "score";

    public string Usage => $"jixiao score FILE.json|.xlsx|.docx|.html [--mode score|recheck] {FormInput.MoneyUnitUsage} [--profile national|sichuan|方案.json] [--goals 批复文档] [--format text|json|docx|xlsx] [-o 输出文件]";

    public string Summary => "绩效自评：读 JSON、Excel、Word 或网页中的自评表（金额单位按表头读取，表内未注明时用 --money-unit 指定）。打分模式（默认）按评分方案计算每项得分、总分和等级；复核模式（--mode recheck）按表内分值重算可计算的行，不可复核的行保留评价人得分，相差 0.01 分及以上逐项列出。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output" });
        var file = DocumentInput.SingleFile(a, Usage);
        var profile = ProfileOption.Resolve(a.Option("--profile"), ScoringProfile.National, ScoringProfile.Find, ScoringProfile.FromJson, "评分方案");
        var modeText = a.Option("--mode");
        var mode = modeText is null ? EvaluationMode.Score : EvaluationModeExtensions.Parse(modeText) ?? throw new UsageException($"--mode 只能是 score（打分）或 recheck（复核），而不是“{modeText}”。");
        var unit = FormInput.MoneyUnitOption(a);
        var goals = a.Option("--goals");
        var (format, output) = CommandIo.FormatAndOutput(a);
        a.RejectUnknown();

        var read = Read(file, unit, stderr);
        if (read is null)
        {
            return ExitCodes.UnreadableInput;
        }

        if (read.PointsSheets.Count > 0)
        {
            return PointsSheets(read.PointsSheets, format, output, stdout, stderr);
        }

        var forms = read.Forms;

        var documentRead = goals is null ? null : DocumentInput.Read(goals, new Documents.ReadOptions(), stderr);
        if (goals is not null && documentRead is null)
        {
            return ExitCodes.UnreadableInput;
        }

        var scored = new List<(ScoredEvaluation Scored, ImportedSelfEvaluation? Source)>();
        foreach (var (evaluation, source) in forms)
        {
            var approved = documentRead?.Document.Projects.FirstOrDefault(p => ProjectCode.Normalize(p.ProjectCode) == ProjectCode.Normalize(evaluation.ProjectCode));
            if (goals is not null && approved is null)
            {
                stderr.WriteLine($"提示：批复文档“{goals}”中没有项目编码 {evaluation.ProjectCode}，未核对自评指标与批复的绩效目标是否一致。");
            }

            scored.Add((ScoredEvaluation.Evaluate(evaluation, profile, approved, mode), source));
        }

        if (format is "docx" or "xlsx" && scored.Count > 1)
        {
            stderr.WriteLine($"提示：文件中有 {scored.Count} 张自评表，--format {format} 只输出第 1 张（{scored[0].Scored.Result.Evaluation.ProjectName}）。");
        }

        CommandIo.Emit(format, output,
            () => format == "json" ? Json(scored) : Text(file, scored),
            () => SelfEvaluationForms.WriteDocx(scored[0].Scored),
            () => SelfEvaluationForms.WriteXlsx(scored[0].Scored),
            stdout, stderr);

        return scored.Any(s => s.Scored.HasErrors) ? ExitCodes.ReviewErrors : ExitCodes.Success;
    }

    private sealed record FileForms(List<(SelfEvaluation Evaluation, ImportedSelfEvaluation? Source)> Forms, IReadOnlyList<PointsSheetCheck> PointsSheets);

    /// <summary>The forms of the file: one from JSON, every 自评表 of a table file — or, read as the re-check page reads
    /// it, the department's tables (or 计分表) re-checked by the points they print.</summary>
    private static FileForms? Read(string file, Documents.FormReading.MoneyUnit? unit, TextWriter stderr)
    {
        if (FormInput.IsJson(file))
        {
            var json = SelfEvaluationJson.ReadFile(file);
            return CommandIo.Accept(json, file, stderr) ? new([(json.Value!, null)], []) : null;
        }

        var read = SelfEvaluationFiles.ReadFile(file, unit);
        return CommandIo.Accept(read, file, stderr) ? new([.. read.Value!.Forms.Select(f => (f.Evaluation, (ImportedSelfEvaluation?)f))], read.Value!.PointsSheets) : null;
    }

    /// <summary>Tables scored by their printed points: re-checked by those points whatever the mode (no scoring profile
    /// applies to them), as text or JSON; the Word and Excel forms are those of a project 自评表.</summary>
    private static int PointsSheets(IReadOnlyList<PointsSheetCheck> checks, string format, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (format is "docx" or "xlsx")
        {
            stderr.WriteLine($"文件中是按表内分值复核的部门整体支出绩效自评表或计分表，没有项目支出绩效自评表，无法生成 {format} 格式的自评表：请改用 --format text 或 json。");
            return ExitCodes.BadUsage;
        }

        CommandIo.Emit(format, output,
            () =>
            {
                if (format == "json")
                {
                    return (checks.Count == 1 ? PointsSheetCheckJson.Write(checks[0]) : "[" + string.Join(",", checks.Select(PointsSheetCheckJson.Write)) + "]") + Environment.NewLine;
                }

                using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                foreach (var check in checks)
                {
                    PointsSheetTable.Print(check, writer);
                    writer.WriteLine();
                }

                return writer.ToString();
            },
            () => [], () => [], stdout, stderr);
        return checks.Any(c => c.Findings.Any(f => f.Severity == Domain.Review.Severity.Error)) ? ExitCodes.ReviewErrors : ExitCodes.Success;
    }

    private static string Text(string file, List<(ScoredEvaluation Scored, ImportedSelfEvaluation? Source)> scored)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (s, source) in scored)
        {
            if (source is not null)
            {
                FormInput.Preview(writer, file, source.TableName, source.MoneyUnit, source.Evaluation.Indicators.Count, source.Skipped);
            }

            SelfEvaluationTable.Print(s, writer);
        }

        return writer.ToString();
    }

    private static string Json(List<(ScoredEvaluation Scored, ImportedSelfEvaluation? Source)> scored) =>
        scored.Count == 1
            ? ScoredEvaluationJson.Write(scored[0].Scored, scored[0].Source) + Environment.NewLine
            : "[" + string.Join(",", scored.Select(s => ScoredEvaluationJson.Write(s.Scored, s.Source))) + "]" + Environment.NewLine;
}
