using Jixiao.Domain.Text;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>DEP-01: the 总体绩效目标 refers to the department's functions (部门职责). Needs the functions
/// (<see cref="ReviewSupplement.DepartmentFunctions"/>); silent without them.</summary>
public sealed class Dep01OverallGoalFunctionsRule : DocumentRule
{
    public override string Id => "DEP-01";

    public override string Title => "总体绩效目标未体现部门职责";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.GoalManagement.Cite("相关性（总体绩效目标与部门职能相关）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var functions = document.Supplement.DepartmentFunctions;
        var overall = ChineseText.Key(document.Document.DepartmentGoals.OverallGoal);
        if (functions.Count == 0 || overall.Length == 0)
        {
            return;
        }

        var stop = document.Profile.Words.LinkStopWords;
        var missing = functions.Where(f => !ReviewText.SharesBigram(ReviewText.Without(ChineseText.Key(f), stop), overall)).ToList();
        if (missing.Count > 0)
        {
            findings.Document(ReviewFields.OverallGoal,
                $"总体绩效目标没有提到部门职责中的：{string.Join("；", missing.Take(5))}{(missing.Count > 5 ? $" 等 {missing.Count} 项" : string.Empty)}。",
                "总体绩效目标应围绕部门职责写明本年度要实现的主要产出和效果。");
        }
    }
}
