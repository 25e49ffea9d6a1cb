using System.Text.RegularExpressions;

namespace Jixiao.Domain.Review.Rules;

/// <summary>What a goal says beyond filler: the key without years ("2022年") and words that add nothing to a
/// project name (经费, 保障, 专项 …). Shared by TXT-01, TXT-06 and DEP-03.</summary>
internal static partial class GoalText
{
    [GeneratedRegex(@"\d{4}年(度)?|^\d+[.、．]")]
    private static partial Regex YearOrNumber();

    [GeneratedRegex(@"[\p{P}\p{S}]")]
    private static partial Regex Punctuation();

    public static string Core(string text, ReviewWords words)
    {
        var key = ReviewText.Key(text);
        if (key.Length == 0)
        {
            return key;
        }

        key = YearOrNumber().Replace(key, "");
        key = Punctuation().Replace(key, "");
        return ReviewText.Without(key, words.GoalFillerWords);
    }

    /// <summary>True when the goal only restates the project name: its core is empty or part of the name's core.</summary>
    public static bool RestatesName(string goal, ProjectContext project)
    {
        var words = project.Profile.Words;
        var core = Core(goal, words);
        var name = Core(project.Project.ProjectName, words);
        return core.Length == 0 || (name.Length > 0 && (name.Contains(core, StringComparison.Ordinal) || core == name));
    }
}
