using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-14 (scoring): rows whose form prints no 分值 were scored with an equal share of their block's points
/// (“年度绩效目标(80分)” over four rows: 20 each). That share is our assumption, not a weight the form or a policy
/// document states, so the report says so once, names the rows and the share, says what was still checked, and asks
/// for the 分值 column to be filled. EVL-04, EVL-05 and EVL-08 do not hold the printed 得分 against the share.</summary>
public sealed class Evl14AssumedPointsRule : EvaluationRule
{
    public override string Id => "EVL-14";

    public override string Title => "表内未列分值，按平均分配打分";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("项目支出绩效自评表（每项指标列分值和得分）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        var counted = context.Result.Counted.Where(r => r.Method != ScoringMethod.NotApplicable).ToList();
        var assumed = counted.Where(r => r.PointsAssumed).ToList();
        if (assumed.Count == 0)
        {
            yield break;
        }

        var which = assumed.Count == counted.Count ? "本表各指标行均未列分值（权重）" : $"第 {string.Join("、", assumed.Select(r => r.Row))} 行未列分值（权重）";
        var shares = string.Join("；", assumed.GroupBy(r => r.Block).Select(g => Share(context, g.Key!, [.. g])));
        var printed = assumed.Where(r => r.Indicator.DeclaredScore is not null).Select(r => Format(r.Indicator.DeclaredScore!.Value)).ToList();
        var rowsPrinted = printed.Count == 0 ? "各行填报得分" : $"各行填报得分（{string.Join("、", printed)}）";
        yield return Make(context,
            $"{which}，打分时{shares}。平均分配只是表内未列分值时的计算假设，不是表内或政策文件规定的权重：{rowsPrinted}与平均分值不同不据此判为错误，填报总分也不与按此算出的总分比较。"
            + "仍核对的是：单行得分是否超过所属指标类别的分值、预算执行得分是否符合执行率、预算执行与各行填报得分之和是否等于填报总分。",
            $"在自评表的“分值”栏填写各行分值（每类指标各行分值之和等于该类分值，如{string.Join("、", assumed.Select(r => r.Block).Distinct().Select(b => $"“{b}”{Number(BlockPoints(context, b!))} 分"))}）后重新打分。",
            field: "分值");
    }

    /// <summary>"“绩效指标”80 分由 4 行平均分配，每行计 20.00 分" (less the 分值 other rows of the block print).</summary>
    private static string Share(EvaluationContext context, string block, IReadOnlyList<IndicatorScore> rows)
    {
        var printed = context.Result.Counted.Where(r => r.Block == block && !r.PointsAssumed && r.Indicator.Points is not null).Sum(r => r.Indicator.Points!.Value);
        var less = printed > 0 ? $"减去其他行已列分值 {Number(printed)} 后" : string.Empty;
        var points = rows.Select(r => Format(r.Points)).Distinct().ToList();
        var each = points.Count == 1 ? $"每行计 {points[0]} 分" : $"第 {string.Join("、", rows.Select(r => r.Row))} 行分别计 {string.Join("、", rows.Select(r => Format(r.Points)))} 分";
        return $"“{block}”{Number(BlockPoints(context, block))} 分{less}由 {rows.Count} 行平均分配，{each}";
    }

    private static decimal BlockPoints(EvaluationContext context, string block) =>
        context.Profile.Blocks.FirstOrDefault(b => b.Name == block)?.Points ?? 0;
}
