using Jixiao.Domain.Text;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Library;

/// <summary>
/// Orders library indicators for what the editor is typing. A candidate must match the typed text (its key starts
/// with it, contains it, or shares at least half of its bigrams); among those the score adds, in this order of
/// weight: how the name matches (prefix 3, contains 2, similar 1), the row's 二级 (2), the bureau's recommendation (1.5),
/// the project's kind words (0.5 each, at most 1.5), the department (1), the region's own use over the national base
/// (0.5) and how widely it is used (log₁₀ of projects, at most 1). Retired indicators are never suggested.
/// </summary>
public static class SuggestionRanker
{
    public static IReadOnlyList<SuggestionCandidate> Rank(IEnumerable<SuggestionCandidate> candidates, SuggestionContext context, int take = 10)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(context);
        var typed = IndicatorNames.Key(context.Typed);
        var level2 = ChineseText.Key(context.Level2);
        var kinds = ProjectKinds.Default.Of(context.ProjectName);
        return [.. candidates
            .Where(c => !c.Retired)
            .Select(c => (Candidate: c, Score: Score(c, typed, level2, kinds, context.DepartmentCode)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Candidate.Entry.Projects)
            .ThenBy(s => s.Candidate.Entry.Key, StringComparer.Ordinal)
            .Take(take)
            .Select(s => s.Candidate)];
    }

    /// <summary>The score of one candidate; 0 when its name does not match what is typed.</summary>
    public static double Score(SuggestionCandidate candidate, string typedKey, string level2Key, IReadOnlyList<string> kinds, string departmentCode)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var entry = candidate.Entry;
        var match = Match(entry.Key, typedKey);
        if (match == 0)
        {
            return 0;
        }

        var score = match;
        if (level2Key.Length > 0 && entry.Placements.Any(p => ChineseText.Key(p.Level2) == level2Key))
        {
            score += 2;
        }

        if (candidate.Recommended)
        {
            score += 1.5;
        }

        score += Math.Min(1.5, 0.5 * kinds.Count(k => entry.Keywords.Any(w => w.Text == k)));
        if (departmentCode.Length > 0 && entry.Departments.Any(d => d.Text == departmentCode))
        {
            score += 1;
        }

        if (candidate.OwnRegion)
        {
            score += 0.5;
        }

        return score + Math.Min(1, Math.Log10(1 + entry.Projects) / 3);
    }

    /// <summary>3 prefix, 2 contains, 1 similar (Dice ≥ 0.5), else 0; an empty typed text matches everything at 1 (the
    /// row's 二级 and project then decide).</summary>
    public static double Match(string key, string typedKey)
    {
        if (typedKey.Length == 0)
        {
            return 1;
        }

        if (key.StartsWith(typedKey, StringComparison.Ordinal))
        {
            return 3;
        }

        if (key.Contains(typedKey, StringComparison.Ordinal))
        {
            return 2;
        }

        return typedKey.Length >= 2 && NameSimilarity.Dice(key, typedKey) >= 0.5 ? 1 : 0;
    }
}
