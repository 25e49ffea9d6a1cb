using System.Text.Json.Serialization;

namespace Jixiao.Domain.Library;

/// <summary>The targets of an indicator written in one unit: how often, in which direction (≥/≤/=), their
/// distribution over all years and per year.</summary>
public sealed record LibraryUnitFacts(
    string Unit,
    int Count,
    int HigherBetter,
    int LowerBetter,
    int Other,
    TargetDistribution? Distribution,
    IReadOnlyList<LibraryYearFacts> ByYear)
{
    /// <summary>The direction most rows use: "≥", "≤" or "=".</summary>
    [JsonIgnore]
    public string Direction => HigherBetter >= LowerBetter && HigherBetter >= Other ? "≥" : LowerBetter >= Other ? "≤" : "=";
}
