namespace Jixiao.Domain.Goals;

/// <summary>One changed field: its readable path ("指标[2].指标值") and the values before and after as text
/// (empty when the field did not exist).</summary>
public sealed record FieldDifference(string Path, string Before, string After)
{
    /// <summary>"项目[3]《纪委全会经费》.指标[2].指标值: “100百分比” → “≥100百分比”".</summary>
    public override string ToString() => $"{Path}: “{Before}” → “{After}”";
}
