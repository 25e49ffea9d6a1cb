namespace Jixiao.Application.Users;

/// <summary>Claims added to the sign-in cookie so permission checks need no user lookup per request.</summary>
public static class JixiaoClaims
{
    /// <summary>One claim per unit a unit editor fills in for (the value is the unit's id).</summary>
    public const string UnitId = "jixiao:unit";

    public const string RegionCode = "jixiao:region";

    public const string DisplayName = "jixiao:name";
}
