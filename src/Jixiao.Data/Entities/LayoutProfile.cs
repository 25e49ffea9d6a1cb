namespace Jixiao.Data.Entities;

/// <summary>
/// A layout a user saved on the import preview (版式方案): what the column headings of a region's goal tables mean,
/// where the built-in synonyms read them otherwise. Applied to later imports of the region by name.
/// </summary>
public class LayoutProfile
{
    public int Id { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Heading key → column kind, as JSON (<c>{"指标目标值":"Target"}</c>).</summary>
    public string Columns { get; set; } = "{}";

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
