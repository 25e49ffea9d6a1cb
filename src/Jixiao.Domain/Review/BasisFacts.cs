namespace Jixiao.Domain.Review;

/// <summary>What the word lists say about one 指标值确定依据 text, computed once per distinct text (the column is
/// often the same few words on every row).</summary>
internal sealed class BasisFacts
{
    public BasisFacts(string basisKey, ReviewWords words)
    {
        IsVerdict = basisKey.Length > 0 && (StartsWithAny(basisKey, words.VerdictPrefixes) || words.VerdictBases.Contains(basisKey));
        NamesStandardOrSource = ReviewText.ContainsAny(basisKey, words.BasisStandards) || ReviewText.ContainsAny(basisKey, words.BasisCitations)
            || basisKey.Any(char.IsAsciiDigit);
        IsHistorical = ReviewText.ContainsAny(basisKey, words.HistoricalBasisWords);
    }

    /// <summary>A verdict on the result (是否合格, 达标) rather than a standard (BAS-02).</summary>
    public bool IsVerdict { get; }

    /// <summary>Names one of the four standards or cites a document, plan or figure (BAS-01).</summary>
    public bool NamesStandardOrSource { get; }

    /// <summary>Rests on history (历史标准, 上年) (BAS-03).</summary>
    public bool IsHistorical { get; }

    private static bool StartsWithAny(string text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
