using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-01: 分值 follow the profile (执行率 10, 产出 50, 效益 30, 满意度 10 by default; total 100).</summary>
public sealed class Evl01WeightsRule : EvaluationRule
{
    public override string Id => "EVL-01";

    public override string Title => "分值与评分方案不符";

    public override Severity Severity => Severity.Error;

    public override string Source => PolicySources.ProjectEvaluation.Cite("（产出50分、效益30分、满意度10分、预算执行率10分）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        var profile = context.Profile;
        foreach (var row in context.Result.Indicators.Where(r => r.Block is null && r.Method != ScoringMethod.Subtotal))
        {
            var blocks = string.Join("、", profile.Blocks.SelectMany(b => b.Level1));
            yield return Make(context, $"{RowName(row)}的一级指标“{row.Indicator.Level1}”不在评分方案“{profile.Name}”中，本行未计分。", $"一级指标应为：{blocks}。", row.Row, ReviewFields.Level1);
        }

        // A re-check takes the points the form prints; whether they add up is EVL-12's.
        foreach (var block in context.IsRecheck ? [] : profile.Blocks)
        {
            var members = context.Evaluation.Indicators.Where(i => !i.IsSubtotal && block.Accepts(i.Level1)).ToList();
            var written = members.Where(m => m.Points is not null).ToList();
            if (written.Count == 0)
            {
                continue;
            }

            var sum = written.Sum(m => m.Points!.Value);
            if ((written.Count == members.Count && sum != block.Points) || sum > block.Points)
            {
                yield return Make(context, $"{block.Name}各行填写的分值合计 {Number(sum)}，与评分方案规定的 {Number(block.Points)} 分不符{(context.IsRecheck ? "" : "；已按比例折算")}。", $"调整{block.Name}各行分值，使合计为 {Number(block.Points)} 分。", field: "分值");
            }
        }

        foreach (var note in context.Result.BlockNotes)
        {
            // How to treat a block without indicators is not settled nationally (DOMAIN.md §14 item 2): warn, do not block.
            yield return Make(context, $"{note}。", "确认本项目是否应设置该类指标；如应设置，请补充后重新自评。", field: "分值", severity: Severity.Warning);
        }
    }
}
