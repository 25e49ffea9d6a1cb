using Jixiao.Domain.Text;
using System.Globalization;
using System.Text;

namespace Jixiao.Domain.Review.Rules;

/// <summary>What a goal says beyond filler: the key without a leading item number ("1."), years ("2022年",
/// "2022年度"), punctuation and words that add nothing to a project name (经费, 保障, 专项 …). Shared by TXT-01,
/// TXT-04, TXT-06, TXT-07 and DEP-03; written as a plain scan because reviews run it for every goal.</summary>
internal static class GoalText
{
    public static string Core(string text, ReviewWords words)
    {
        var key = ChineseText.Key(text);
        if (key.Length == 0)
        {
            return key;
        }

        var sb = new StringBuilder(key.Length);
        var i = 0;
        var digits = 0;
        while (digits < key.Length && char.IsAsciiDigit(key[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < key.Length && key[digits] is '.' or '、')
        {
            i = digits + 1;
        }

        for (; i < key.Length; i++)
        {
            var c = key[i];
            if (IsYear(key, i))
            {
                i += key.AsSpan(i + 5).StartsWith("度") ? 5 : 4;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (char.IsPunctuation(c) || category is UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol)
            {
                continue;
            }

            sb.Append(c);
        }

        return ReviewText.Without(sb.ToString(), words.GoalFillerWords);
    }

    /// <summary>True when a goal (given by its <see cref="Core"/>) only restates the project name: the core is
    /// empty or part of the name's core.</summary>
    public static bool RestatesName(string core, ProjectContext project)
    {
        var name = project.NameCore;
        return core.Length == 0 || (name.Length > 0 && name.Contains(core, StringComparison.Ordinal));
    }

    private static bool IsYear(string key, int i) =>
        i + 4 < key.Length && key[i + 4] == '年' && char.IsAsciiDigit(key[i]) && char.IsAsciiDigit(key[i + 1])
        && char.IsAsciiDigit(key[i + 2]) && char.IsAsciiDigit(key[i + 3]) && (i == 0 || !char.IsAsciiDigit(key[i - 1]));
}
