using Jixiao.Domain.Text;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>DEP-04: the department-wide goals and indicators cover cost, efficiency, effect and satisfaction.</summary>
public sealed class Dep04DepartmentDimensionsRule : DocumentRule
{
    public override string Id => "DEP-04";

    public override string Title => "部门整体指标维度不全";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（部门整体绩效目标：运行成本、管理效率、履职效能、满意度）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var goals = document.Document.DepartmentGoals;
        if (goals.SubGoals.Count == 0)
        {
            return;
        }

        var text = ChineseText.Key(goals.OverallGoal + string.Concat(goals.SubGoals.Select(s => s.GoalText + s.IndicatorText)));
        var missing = document.Profile.Words.DepartmentDimensions.Where(d => !ReviewText.ContainsAny(text, d.Value)).Select(d => d.Key).ToList();
        if (missing.Count > 0)
        {
            findings.Document(ReviewFields.SubGoals,
                $"部门整体绩效目标和分项绩效指标没有涉及{string.Join("、", missing)}方面。",
                "部门整体指标应覆盖运行成本、管理效率、履职效果和服务对象满意度，例如“一般公共预算支出执行率≥95%”“群众满意度≥90%”。");
        }
    }
}
