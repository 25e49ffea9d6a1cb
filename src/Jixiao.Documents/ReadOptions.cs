using Jixiao.Documents.Office;

namespace Jixiao.Documents;

/// <summary>Values the user gives when the file itself does not say them (the seed has no title line).</summary>
public sealed record ReadOptions
{
    public static ReadOptions Default { get; } = new();

    /// <summary>File name used in problem locations.</summary>
    public string? FileName { get; init; }

    public int? FiscalYear { get; init; }

    public string? RegionCode { get; init; }

    /// <summary>Taxonomy profile id to assume; detected from the indicator rows when null.</summary>
    public string? TaxonomyProfile { get; init; }

    /// <summary>Size limits for Word and Excel files.</summary>
    public OfficeLimits OfficeLimits { get; init; } = OfficeLimits.Default;
}
