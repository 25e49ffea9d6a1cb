using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Taxonomy;

/// <summary>Which profile a document's indicator rows follow: a row with 一级指标 成本指标 only exists in B;
/// 成本指标 as 二级 under 产出指标 only in A. Documents without either are A (the local default).</summary>
public static class ProfileDetector
{
    public static string Detect(IEnumerable<Indicator> indicators)
    {
        int a = 0, b = 0;
        foreach (var row in indicators)
        {
            var l1 = TaxonomyProfile.B.Canonical(row.Level1);
            if (l1 == "成本指标")
            {
                b++;
            }
            else if (TaxonomyProfile.A.Canonical(row.Level2) == "成本指标")
            {
                a++;
            }
        }

        return b > a ? "B" : "A";
    }
}
