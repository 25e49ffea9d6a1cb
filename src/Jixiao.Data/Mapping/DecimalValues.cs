namespace Jixiao.Data.Mapping;

public static class DecimalValues
{
    /// <summary>Drops trailing zeros a numeric(p,s) column adds (25.0000 → 25), so a value read back prints and
    /// compares as it was written.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
