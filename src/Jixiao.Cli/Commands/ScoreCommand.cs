using Jixiao.Documents.Evaluation;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao score FILE`: scores a 项目支出绩效自评表 given as JSON and prints the table with every formula and
/// the EVL findings. Exit 3 when a finding is an error.</summary>
internal sealed class ScoreCommand : ICommand
{
    public string Name => "score";

    public string Usage => "jixiao score FILE.json [--profile national|sichuan|方案.json] [--goals 批复文档] [--format text|json]";

    public string Summary => "绩效自评打分：按评分方案计算预算执行与各指标得分、总分和等级，列出每项计算过程和自评审核问题（EVL）。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var file = DocumentInput.SingleFile(a, Usage);
        var profile = ProfileOption.Resolve(a.Option("--profile"), ScoringProfile.National, ScoringProfile.Find, ScoringProfile.FromJson, "评分方案");
        var goals = a.Option("--goals");
        var format = CommandIo.Format(a);
        a.RejectUnknown();

        var read = SelfEvaluationJson.ReadFile(file);
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
        if (format == "json")
        {
            stdout.WriteLine(ScoredEvaluationJson.Write(scored));
        }
        else
        {
            SelfEvaluationTable.Print(scored, stdout);
        }

        return scored.HasErrors ? ExitCodes.ReviewErrors : ExitCodes.Success;
    }
}
