namespace Jixiao.Data.Entities;

/// <summary>
/// The bureau's word on one indicator of a region's library (region "" for the national base), kept apart from the
/// learned part so a rebuild never loses it: recommended, retired, merged into another indicator, notes and a
/// recommended 指标值确定依据. An indicator the bureau adds that no table used yet has a name and 一级/二级 here.
/// </summary>
public class LibraryCuration
{
    public string RegionCode { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Level1 { get; set; } = string.Empty;

    public string Level2 { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public bool Recommended { get; set; }

    public bool Retired { get; set; }

    /// <summary>Key of the indicator this one is merged into (its uses count there); empty when not merged.</summary>
    public string MergedInto { get; set; } = string.Empty;

    public string Notes { get; set; } = string.Empty;

    public string RecommendedBasis { get; set; } = string.Empty;

    public string ChangedBy { get; set; } = string.Empty;

    public DateTime ChangedAt { get; set; }
}
