using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-09: the 自评表 keeps exactly the approved indicator rows and their 年度指标值: nothing added, removed or
/// changed after approval. Runs only when the approved goal table is known.</summary>
public sealed class Evl09ApprovedRowsRule : EvaluationRule
{
    public override string Id => "EVL-09";

    public override string Title => "自评指标与批复目标不一致";

    public override Severity Severity => Severity.Error;

    public override string Source => PolicySources.SelfEvaluationNotice.Cite("（按批复的绩效目标自评）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        if (context.Approved is not { } approved)
        {
            yield break;
        }

        var approvedRows = approved.Indicators.ToLookup(i => Key(i.Level1, i.Level2, i.Name));
        var evaluatedRows = context.Evaluation.Indicators.ToLookup(i => Key(i.Level1, i.Level2, i.Name));
        var row = 0;
        foreach (var indicator in context.Evaluation.Indicators)
        {
            row++;
            if (indicator.IsSubtotal)
            {
                continue;
            }

            var match = approvedRows[Key(indicator.Level1, indicator.Level2, indicator.Name)].FirstOrDefault();
            if (match is null)
            {
                yield return Make(context, $"第 {row} 行指标“{indicator.Level1}/{indicator.Level2}/{indicator.Name}”不在批复的绩效目标表中。", "自评只能针对批复的指标，不得新增；如目标已按程序调整，请先更新批复的目标表。", row, ReviewFields.Name);
            }
            else if (Canonical(match.Target) != Canonical(indicator.Target))
            {
                yield return Make(context, $"第 {row} 行指标“{indicator.Name}”的年度指标值“{indicator.Target.Text.Trim()}”与批复的“{match.Target.Text.Trim()}”不同。", "年度指标值应照抄批复的指标值，不得自行修改。", row, "年度指标值");
            }
        }

        foreach (var missing in approved.Indicators.Where(i => !evaluatedRows.Contains(Key(i.Level1, i.Level2, i.Name))))
        {
            yield return Make(context, $"批复的指标“{missing.Level1}/{missing.Level2}/{missing.Name}”（{missing.Target.Text.Trim()}）在自评表中缺失。", "补上该指标并填写实际完成值；确实不适用的，保留该行并标为不适用、说明原因。", field: ReviewFields.Name);
        }
    }

    private static string Key(string level1, string level2, string name) =>
        $"{ChineseText.Key(level1)}|{ChineseText.Key(level2)}|{ChineseText.Key(name)}";

    private static string Canonical(TargetValue target) => ChineseText.Key(target.ToCanonicalString());
}
