using Jixiao.Domain.Text;

namespace Jixiao.Domain.Review;

/// <summary>Text helpers of the review (keys: <see cref="ChineseText.Key"/>): word-list matching and similarity of short texts.</summary>
public static class ReviewText
{
    /// <summary>True when some character bigram (two letters) of <paramref name="text"/> occurs in
    /// <paramref name="other"/> — "do these two texts share a content word?", without allocating.</summary>
    public static bool SharesBigram(string text, string other)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsWordChar(text[i]) && IsWordChar(text[i + 1]) && other.AsSpan().IndexOf(text.AsSpan(i, 2), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsAny(string text, IReadOnlyList<string> words) => FirstMatch(text, words) is not null;

    /// <summary>The first word of <paramref name="words"/> that occurs in <paramref name="text"/>, or null.</summary>
    public static string? FirstMatch(string text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (text.Contains(words[i], StringComparison.Ordinal))
            {
                return words[i];
            }
        }

        return null;
    }

    /// <summary>The text with every listed word removed (for "does this goal say more than the project name?").</summary>
    public static string Without(string text, IReadOnlyList<string> words)
    {
        foreach (var w in words)
        {
            if (w.Length > 0 && text.Contains(w, StringComparison.Ordinal))
            {
                text = text.Replace(w, "", StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>The text with every listed word replaced by a gap ('|'), so that no bigram spans the cut.</summary>
    public static string Blank(string text, IReadOnlyList<string> words)
    {
        foreach (var w in words)
        {
            if (w.Length > 0 && text.Contains(w, StringComparison.Ordinal))
            {
                text = text.Replace(w, "|", StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Character-bigram Jaccard similarity in [0, 1]; 1 for equal texts. Chinese has no spaces, so
    /// bigrams are the usual cheap unit for near-duplicate detection. Same result as comparing the two
    /// <see cref="Bigrams"/> sets, but each bigram is packed into one int (two UTF-16 units) and the sets are sorted
    /// spans on the stack: TXT-07 compares every pair of goals of every table, and a HashSet of two-letter
    /// substrings per comparison was the largest allocation of a whole review.</summary>
    public static double Similarity(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        Span<int> x = a.Length <= 256 ? stackalloc int[a.Length - 1] : new int[a.Length - 1];
        Span<int> y = b.Length <= 256 ? stackalloc int[b.Length - 1] : new int[b.Length - 1];
        x = x[..PackedBigrams(a, x)];
        y = y[..PackedBigrams(b, y)];
        var common = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] == y[j])
            {
                common++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        // Kept as in the set form: two texts without any letter bigram give 0/0 (NaN), which callers treat as "not below".
        return (double)common / (x.Length + y.Length - common);
    }

    /// <summary>Writes the distinct letter bigrams of <paramref name="text"/> (first unit in the high 16 bits) sorted
    /// into <paramref name="into"/> and returns how many there are.</summary>
    private static int PackedBigrams(string text, Span<int> into)
    {
        var n = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsWordChar(text[i]) && IsWordChar(text[i + 1]))
            {
                into[n++] = (text[i] << 16) | text[i + 1];
            }
        }

        var bigrams = into[..n];
        bigrams.Sort();
        var distinct = 0;
        for (var i = 0; i < bigrams.Length; i++)
        {
            if (distinct == 0 || bigrams[i] != bigrams[distinct - 1])
            {
                bigrams[distinct++] = bigrams[i];
            }
        }

        return distinct;
    }

    /// <summary>Distinct character bigrams of a key, ignoring punctuation and digits.</summary>
    public static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsWordChar(text[i]) && IsWordChar(text[i + 1]))
            {
                set.Add(text.Substring(i, 2));
            }
        }

        return set;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c);
}
