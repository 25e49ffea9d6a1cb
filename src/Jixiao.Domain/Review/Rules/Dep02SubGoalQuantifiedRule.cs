using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>DEP-02: each 分项绩效目标 states at least one quantified indicator in its 绩效指标 text.</summary>
public sealed class Dep02SubGoalQuantifiedRule : DocumentRule
{
    public override string Id => "DEP-02";

    public override string Title => "分项绩效指标未量化";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（绩效目标应细化、量化）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        foreach (var sub in document.Document.DepartmentGoals.SubGoals)
        {
            var text = sub.IndicatorText + sub.GoalText;
            if (text.Trim().Length > 0 && !text.Any(c => char.IsDigit(c)))
            {
                findings.Document(ReviewFields.SubGoals,
                    $"分项绩效目标（{Text.ChineseText.ToChineseNumeral(sub.Number)}）“{sub.Title}”的绩效指标“{sub.IndicatorText}”没有任何量化指标。",
                    "列出衡量该分项的具体指标和数值，例如“办结率≥95%；开展专项检查≥4次”。");
            }
        }
    }
}
