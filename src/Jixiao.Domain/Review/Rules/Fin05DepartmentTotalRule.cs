using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>FIN-05: the tables' budgets add up to the department's declared project total. Needs the total
/// (<see cref="ReviewSupplement.DeclaredProjectTotal"/>); silent without it.</summary>
public sealed class Fin05DepartmentTotalRule : DocumentRule
{
    public override string Id => "FIN-05";

    public override string Title => "项目预算合计与部门预算不符";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（项目预算与部门预算一致）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        if (document.Supplement.DeclaredProjectTotal is not { } declared)
        {
            return;
        }

        var total = document.Document.TotalBudget;
        if (total != declared)
        {
            findings.Document(ReviewFields.Part2,
                $"第二部分 {document.Projects.Count} 张项目绩效目标表的预算数合计 {total} 万元，与部门预算中的项目支出 {declared} 万元不一致（差 {total - declared} 万元）。",
                "为每个项目支出编制绩效目标表，并核对各表预算数。");
        }
    }
}
