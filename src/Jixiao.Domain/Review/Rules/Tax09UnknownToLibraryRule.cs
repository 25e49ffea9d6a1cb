using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>
/// TAX-09: a 三级指标 name the region's library has never seen (nor the national base nor the bureau's curated list),
/// with the nearest names it knows — often a new spelling of an indicator the region already uses. Only once the
/// region has history (<see cref="ReviewThresholds.LibraryMinRegionRows"/>); needs the library.
/// </summary>
public sealed class Tax09UnknownToLibraryRule : IndicatorRule
{
    public override string Id => "TAX-09";

    public override string Title => "本地区未使用过的指标名称";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.IndicatorGuide.Cite("指标设置（优先选用共性、成熟的指标）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var library = project.Document.Supplement.Library;
        if (library is null || library.RegionUses < project.Document.Profile.Thresholds.LibraryMinRegionRows
            || row.NameKey.Length == 0 || library.Knows(row.Indicator.Name))
        {
            return;
        }

        var nearest = library.Nearest(row.Indicator.Name);
        findings.Row(project, row, ReviewFields.Name,
            $"{project.Label}{row.Label}在本地区指标库中没有用过" + (nearest.Count > 0 ? $"，相近的指标有：{string.Join("、", nearest.Select(n => $"“{n}”"))}。" : "，也没有相近的指标。"),
            nearest.Count > 0 ? "如含义相同，请改用指标库中的名称，便于比较和汇总；确是新指标的，可保留。" : "确是新指标的可保留；请写清指标描述和计算方法。");
    }
}
