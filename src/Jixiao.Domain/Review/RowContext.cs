using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Review;

/// <summary>One indicator row with what every rule needs precomputed once: canonical 一级/二级指标 names and the
/// comparison keys (half-width, no spaces) of its text cells.</summary>
public sealed class RowContext
{
    internal RowContext(int row, Indicator indicator, string? level1, string? level2)
    {
        Row = row;
        Indicator = indicator;
        Level1 = level1;
        Level2 = level2;
        NameKey = ReviewText.Key(indicator.Name);
        DescriptionKey = ReviewText.Key(indicator.Description);
        BasisKey = ReviewText.Key(indicator.TargetBasis);
    }

    /// <summary>1-based row number within the project's indicator table.</summary>
    public int Row { get; }

    public Indicator Indicator { get; }

    /// <summary>Canonical 一级指标 of the document's taxonomy, or null when the profile does not know it.</summary>
    public string? Level1 { get; }

    /// <summary>Canonical 二级指标, or null when unknown.</summary>
    public string? Level2 { get; }

    public string NameKey { get; }

    public string DescriptionKey { get; }

    public string BasisKey { get; }

    public TargetValue Target => Indicator.Target;

    /// <summary>A satisfaction row: under 满意度指标, or named …满意….</summary>
    public bool IsSatisfaction => Level1 == "满意度指标" || NameKey.Contains("满意", StringComparison.Ordinal);

    /// <summary>A cost row: 成本指标 as 二级 (profile A) or 一级 (profile B).</summary>
    public bool IsCost => Level2 == "成本指标" || Level1 == "成本指标";

    /// <summary>"指标第2行“工作质量考核优良率”" — how findings name the row.</summary>
    public string Label => $"指标第{Row}行“{Indicator.Name}”";
}
