namespace Jixiao.Application.Users;

/// <summary>The region and year a page or API call is about, and the choices the user may pick from.</summary>
public sealed record Scope(string RegionCode, string RegionName, int Year, IReadOnlyList<(string Code, string Name)> Regions, IReadOnlyList<int> Years);
