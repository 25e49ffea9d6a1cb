namespace Jixiao.Web.Features.Library;

/// <summary>The bureau's edit of one indicator through the API (every field replaces the stored one).</summary>
public sealed record CurationBody(bool Recommended, bool Retired, string? MergedInto, string? Notes, string? RecommendedBasis,
    string? Name, string? Level1, string? Level2, string? Unit);
