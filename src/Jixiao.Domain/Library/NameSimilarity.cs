namespace Jixiao.Domain.Library;

/// <summary>How alike two short names are: the Dice coefficient of their character bigrams (a single character counts
/// as its own bigram), 0 to 1. "群众知晓率" and "政策知晓率" share 知晓 and 晓率 of four bigrams each: 2·2/(4+4) = 0.5.</summary>
public static class NameSimilarity
{
    public static double Dice(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        var left = Bigrams(a);
        var right = Bigrams(b);
        var shared = 0;
        foreach (var (bigram, count) in left)
        {
            if (right.TryGetValue(bigram, out var other))
            {
                shared += Math.Min(count, other);
            }
        }

        return 2.0 * shared / (Total(left) + Total(right));
    }

    private static Dictionary<string, int> Bigrams(string text)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (text.Length == 1)
        {
            result[text] = 1;
            return result;
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            var bigram = text.Substring(i, 2);
            result[bigram] = result.GetValueOrDefault(bigram) + 1;
        }

        return result;
    }

    private static int Total(Dictionary<string, int> bigrams) => bigrams.Values.Sum();
}
