namespace Jixiao.Data.Configurations;

/// <summary>Column lengths. Codes follow the 一体化 DDL (DOMAIN.md §8.1: MOF_DIV_CODE VARCHAR2(9), PRO_CODE and
/// AGENCY_CODE VARCHAR2(21)); free text is unbounded.</summary>
public static class Lengths
{
    public const int RegionCode = 9;
    public const int Code = 21;
    public const int Name = 200;
    public const int Enum = 24;
    public const int User = 256;
    public const int RuleId = 32;
    public const int FileName = 400;

    /// <summary>IPv6 text with zone id.</summary>
    public const int IpAddress = 64;

    /// <summary>SHA-256 as lower-case hex.</summary>
    public const int Hash = 64;
}
