namespace Jixiao.Web.Auth;

/// <summary>Claims added to the sign-in cookie so permission checks need no user lookup per request.</summary>
public static class JixiaoClaims
{
    public const string UnitId = "jixiao:unit";

    public const string RegionCode = "jixiao:region";

    public const string DisplayName = "jixiao:name";
}
