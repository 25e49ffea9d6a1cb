using Jixiao.Domain.Text;
using System.Text;
using Jixiao.Domain.Review;
using Jixiao.Domain.Values;

namespace Jixiao.Domain.Library;

/// <summary>
/// The library key of a 三级指标 name: half-width, no spaces or quotes, a trailing unit in brackets dropped
/// ("受训学员满意度（%）" → "受训学员满意度"), Latin letters lower case, and spelling variants of the word list
/// merged ("群众满意率" → "群众满意度"). Only variants are merged: words that measure something else stay apart.
/// </summary>
public static class IndicatorNames
{
    private static readonly Lazy<(string From, string To)[]> Variants = new(() =>
        [.. LibraryWords.Default.Variants.OrderByDescending(v => v.Key.Length).Select(v => (v.Key, v.Value))]);

    private const string Dropped = "\"'“”‘’《》〈〉「」『』、，,。.：:；;·!！?？";

    /// <summary>Keys are stored in an indexed column of this length; a longer "name" is a sentence, cut.</summary>
    public const int MaxKeyLength = 200;

    public static string Key(string name)
    {
        var key = ChineseText.Key(name ?? string.Empty);
        key = StripUnitSuffix(key);
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (Dropped.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }

        key = builder.ToString();
        foreach (var (from, to) in Variants.Value)
        {
            if (key.Contains(from, StringComparison.Ordinal))
            {
                key = key.Replace(from, to, StringComparison.Ordinal);
            }
        }

        return key.Length > MaxKeyLength ? key[..MaxKeyLength] : key;
    }

    /// <summary>"满意度(%)" → "满意度"; "(第三方)评估" and "满意度(群众)" keep their brackets: only a unit the unit
    /// dictionary knows is dropped.</summary>
    private static string StripUnitSuffix(string key)
    {
        if (key.Length < 3 || key[^1] != ')')
        {
            return key;
        }

        var open = key.LastIndexOf('(');
        if (open <= 0)
        {
            return key;
        }

        var inside = key[(open + 1)..^1];
        return inside.Length > 0 && UnitCatalog.Default.Resolve(inside) is { IsKnown: true, Dimension: not UnitDimension.None } ? key[..open] : key;
    }
}
