namespace Jixiao.Application.Library;

/// <summary>The bureau's edit of one indicator (all fields replace what was stored). <see cref="Name"/>, 一级/二级 and
/// unit matter for an indicator no table used yet.</summary>
public sealed record CurationInput(
    string RegionCode,
    string Key,
    bool Recommended = false,
    bool Retired = false,
    string MergedInto = "",
    string Notes = "",
    string RecommendedBasis = "",
    string Name = "",
    string Level1 = "",
    string Level2 = "",
    string Unit = "");
