using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TAX-04: a document mixes profiles — 成本指标 as 二级 under 产出 (88号 style) in some tables and as 一级
/// (101号 style) in others.</summary>
public sealed class Tax04MixedProfilesRule : DocumentRule
{
    public override string Id => "TAX-04";

    public override string Title => "同一文本混用两套指标体系";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("指标体系") + "；" + PolicySources.IndicatorGuide.Cite("指标体系（两套指标体系不应混用）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        int aStyle = 0, bStyle = 0;
        ProjectContext? firstA = null, firstB = null;
        foreach (var project in document.Projects)
        {
            foreach (var row in project.Rows)
            {
                // Canonical names of the document's own profile first; the other profile only for rows it does not know.
                var l1 = row.Level1 ?? Taxonomy.TaxonomyProfile.B.Canonical(row.Indicator.Level1);
                var l2 = row.Level2 ?? (row.Level1 is null ? null : Taxonomy.TaxonomyProfile.A.Canonical(row.Indicator.Level2));
                if (l1 == "成本指标")
                {
                    bStyle++;
                    firstB ??= project;
                }
                else if (l2 == "成本指标")
                {
                    aStyle++;
                    firstA ??= project;
                }
            }
        }

        if (aStyle > 0 && bStyle > 0)
        {
            findings.Document(ReviewFields.Indicators,
                $"文本混用两套指标体系：{aStyle} 行把成本指标作为产出指标下的二级指标（88号体系，如{firstA!.Label}），{bStyle} 行把成本指标作为一级指标（101号体系，如{firstB!.Label}）。",
                "全文统一采用一套指标体系（按本地财政部门要求选择 A 或 B），并据此调整各表的一级、二级指标。");
        }
    }
}
