namespace Jixiao.Data.Entities;

/// <summary>
/// One indicator of the learned library (指标库) of a region, or of the national base (<see cref="RegionCode"/> ""):
/// rebuilt from the approved tables by `jixiao library build` and refreshed when a document is approved. The columns
/// are what lists filter and sort on; <see cref="Details"/> holds the whole entry (units with their target
/// distributions by year, bases, review flags, departments, project kinds) as JSON.
/// </summary>
public class LibraryIndicator
{
    public int Id { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    /// <summary>The normalised name (spelling variants merged).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The spelling written most often.</summary>
    public string Name { get; set; } = string.Empty;

    public string Level1 { get; set; } = string.Empty;

    public string Level2 { get; set; } = string.Empty;

    /// <summary>The unit written most often (canonical), empty for none.</summary>
    public string Unit { get; set; } = string.Empty;

    /// <summary>"≥", "≤" or "=" as most rows in <see cref="Unit"/> write it.</summary>
    public string Direction { get; set; } = string.Empty;

    public decimal? Q1 { get; set; }

    public decimal? Median { get; set; }

    public decimal? Q3 { get; set; }

    public int Uses { get; set; }

    public int Projects { get; set; }

    public int FlaggedRows { get; set; }

    public int FirstYear { get; set; }

    public int LastYear { get; set; }

    /// <summary>Where a seeded (framework) entry comes from; empty for learned ones.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The whole entry as JSON (jixiao.library-entry/1).</summary>
    public string Details { get; set; } = string.Empty;

    public DateTime BuiltAt { get; set; }
}
