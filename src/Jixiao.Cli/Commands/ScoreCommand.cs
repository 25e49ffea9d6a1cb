using Jixiao.Documents.Evaluation;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao score FILE`: scores a 项目支出绩效自评表 given as JSON and prints the table with every formula and
/// the EVL findings. Exit 3 when a finding is an error.</summary>
internal sealed class ScoreCommand : ICommand
{
    public string Name => "score";

    public string Usage => "jixiao score FILE.json|FILE.xlsx [--profile national|sichuan|方案.json] [--goals 批复文档] [--format text|json|docx|xlsx] [-o 输出文件]";

    public string Summary => "绩效自评打分：读 JSON 或 Excel 自评表，按评分方案计算预算执行与各指标得分、总分和等级，列出每项计算过程和自评审核问题（EVL）；可输出 Word/Excel 自评表。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output" });
        var file = DocumentInput.SingleFile(a, Usage);
        var profile = ProfileOption.Resolve(a.Option("--profile"), ScoringProfile.National, ScoringProfile.Find, ScoringProfile.FromJson, "评分方案");
        var goals = a.Option("--goals");
        var (format, output) = CommandIo.FormatAndOutput(a);
        a.RejectUnknown();

        // An Excel 自评表 (as --format xlsx writes it) is read by its labels; anything else as the JSON form.
        var read = Path.GetExtension(file).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? SelfEvaluationXlsxReader.ReadFile(file)
            : SelfEvaluationJson.ReadFile(file);
        if (!CommandIo.Accept(read, file, stderr))
        {
            return ExitCodes.UnreadableInput;
        }

        var evaluation = read.Value!;
        BudgetProject? approved = null;
        if (goals is not null)
        {
            var document = DocumentInput.Read(goals, new Documents.ReadOptions(), stderr);
            if (document is null)
            {
                return ExitCodes.UnreadableInput;
            }

            approved = document.Document.Projects.FirstOrDefault(p => ProjectCode.Normalize(p.ProjectCode) == ProjectCode.Normalize(evaluation.ProjectCode));
            if (approved is null)
            {
                stderr.WriteLine($"提示：批复文档“{goals}”中没有项目编码 {evaluation.ProjectCode}，未检查 EVL-09（指标与批复一致）。");
            }
        }

        var scored = ScoredEvaluation.Evaluate(evaluation, profile, approved);
        CommandIo.Emit(format, output,
            () => format == "json" ? ScoredEvaluationJson.Write(scored) + Environment.NewLine : SelfEvaluationTable.ToText(scored),
            () => SelfEvaluationForms.WriteDocx(scored),
            () => SelfEvaluationForms.WriteXlsx(scored),
            stdout, stderr);

        return scored.HasErrors ? ExitCodes.ReviewErrors : ExitCodes.Success;
    }
}
