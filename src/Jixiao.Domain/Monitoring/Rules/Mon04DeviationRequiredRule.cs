using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>MON-04: 完成目标可能性 is filled with an allowed word; 有可能/不可能 require the 偏差原因 (category and
/// text) and the measures to be taken; 确定能 while the unit's own 全年预计 misses the target is contradictory (warning).</summary>
public sealed class Mon04DeviationRequiredRule : MonitoringRule
{
    public override string Id => "MON-04";

    public override string Title => "完成目标可能性或偏差原因未填";

    public override Severity Severity => Severity.Error;

    public override string Source => PolicySources.Monitoring.Cite("（偏离绩效目标的，分析偏差原因）");

    public override IEnumerable<Finding> Check(MonitoringAssessment assessment)
    {
        var a = assessment;
        var profile = a.Profile;
        foreach (var row in a.Indicators)
        {
            var ind = row.Indicator;
            var possibility = ind.Possibility.Trim();
            if (possibility.Length == 0 || !profile.IsPossibility(possibility))
            {
                var what = possibility.Length == 0 ? "未填写完成目标可能性" : $"完成目标可能性“{possibility}”不是可选项";
                yield return Make(a, $"{RowName(row)}{what}。", $"从以下选项中选择：{string.Join("、", profile.Possibilities)}。", row.Row, "完成目标可能性");
                continue;
            }

            if (!profile.RequiresReason(possibility))
            {
                if (ExpectedShortfall(ind) is { } shortfall)
                {
                    yield return Make(a, $"{RowName(row)}完成目标可能性填“{possibility}”，但{shortfall}。", "核实全年预计完成值；预计不能完成的，将完成目标可能性改为“有可能”或“不可能”，并填写偏差原因和措施。", row.Row, "完成目标可能性", Severity.Warning);
                }

                continue;
            }

            var missing = new List<string>();
            if (ind.DeviationCategory.Trim().Length == 0)
            {
                missing.Add("偏差原因类别");
            }

            if (ind.DeviationReason.Trim().Length == 0)
            {
                missing.Add("偏差原因分析");
            }

            if (ind.Measures.Trim().Length == 0)
            {
                missing.Add("拟采取的措施");
            }

            if (missing.Count > 0)
            {
                yield return Make(a, $"{RowName(row)}完成目标可能性为“{possibility}”，但未填写{string.Join("、", missing)}。", $"选择偏差原因类别（{string.Join("、", profile.DeviationCategories)}），写明原因和拟采取的措施。", row.Row, missing[0]);
            }
        }
    }

    /// <summary>"全年预计完成 5个，未达到年度指标值 ≥12个" when the unit's own forecast misses the target; else null.</summary>
    private static string? ExpectedShortfall(MonitoringIndicator indicator)
    {
        var target = indicator.Target;
        if (!target.IsQuantitative || target.IsDate || Values.ActualValue.Read(indicator.ExpectedAnnual, target).Number is not { } expected)
        {
            return null;
        }

        var t = target.Number!.Value;
        var misses = target.Comparator.IsLowerBetter() ? expected > t : expected < t;
        return misses ? $"全年预计完成 {indicator.ExpectedAnnual.Trim()}，未达到年度指标值 {target.Text.Trim()}" : null;
    }
}
