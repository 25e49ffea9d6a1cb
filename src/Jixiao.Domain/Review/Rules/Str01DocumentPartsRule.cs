using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>STR-01: the 部门预算绩效文本 has both parts: Part 1 with 总体/分项绩效目标 and 工作保障措施, Part 2 with ≥1 table. A file of goal
/// tables only (no Part 1 in its form) gets one note instead of the Part 1 findings.</summary>
public sealed class Str01DocumentPartsRule : DocumentRule
{
    public override string Id => "STR-01";

    public override string Title => "绩效文本两部分齐全";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（部门整体绩效目标和项目绩效目标）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var goals = document.Document.DepartmentGoals;
        if (document.FormLacks != FormFields.None)
        {
            var (message, fix) = FormNotice.ForDocument(document.FormLacks);
            findings.Document(ReviewFields.Form, message, fix);
        }

        if (goals.OverallGoal.Trim().Length == 0)
        {
            findings.Document(ReviewFields.OverallGoal, "第一部分缺少“总体绩效目标”。", "在第一部分“一、总体绩效目标”下写明部门本年度要实现的总体产出和效果。");
        }

        if (goals.SubGoals.Count == 0)
        {
            findings.Document(ReviewFields.SubGoals, "第一部分没有任何“分项绩效目标”。", "按部门职责或工作活动分列分项绩效目标，每项写明绩效目标和绩效指标。");
        }

        if (goals.Safeguards.Count == 0)
        {
            findings.Document(ReviewFields.Safeguards, "第一部分缺少“工作保障措施”。", "为每个分项绩效目标写明完成保障措施（制度、资金、人员等）。");
        }

        if (document.Projects.Count == 0)
        {
            findings.Document(ReviewFields.Part2, "第二部分没有任何项目绩效目标表。", "为每个预算项目编制一张项目绩效目标表。");
        }
    }
}
