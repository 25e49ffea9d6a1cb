namespace Jixiao.Domain.Review.Rules;

/// <summary>Whether a basis text is a measurement verdict (是否合格, 达标) rather than a standard (BAS-01/02/04).</summary>
internal static class BasisVerdict
{
    public static bool IsVerdict(string basisKey, ReviewWords words)
    {
        foreach (var prefix in words.VerdictPrefixes)
        {
            if (basisKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return words.VerdictBases.Contains(basisKey);
    }
}
