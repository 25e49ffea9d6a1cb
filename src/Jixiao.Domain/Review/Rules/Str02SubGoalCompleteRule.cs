using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>STR-02: each 分项绩效目标 has 绩效目标 and 绩效指标 text and a matching 工作保障措施.</summary>
public sealed class Str02SubGoalCompleteRule : DocumentRule
{
    public override string Id => "STR-02";

    public override string Title => "分项绩效目标要素齐全";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（分项绩效目标、工作保障措施）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var goals = document.Document.DepartmentGoals;
        foreach (var sub in goals.SubGoals)
        {
            var where = $"分项绩效目标（{Text.ChineseText.ToChineseNumeral(sub.Number)}）“{sub.Title}”";
            if (sub.GoalText.Trim().Length == 0)
            {
                findings.Document(ReviewFields.SubGoals, $"{where}的“绩效目标”为空。", "写明该分项本年度要达到的产出和效果。");
            }

            if (sub.IndicatorText.Trim().Length == 0)
            {
                findings.Document(ReviewFields.SubGoals, $"{where}的“绩效指标”为空。", "列出衡量该分项的主要绩效指标及指标值，例如“办结率≥95%”。");
            }

            if (goals.Safeguards.Count > 0 && goals.SafeguardFor(sub) is null)
            {
                findings.Document(ReviewFields.Safeguards, $"{where}没有对应的工作保障措施。", $"在“三、工作保障措施”中补写“{sub.Title}完成保障措施”。");
            }
        }
    }
}
