using System.Text.RegularExpressions;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.PublishedText;

/// <summary>
/// Reads Part 1 (部门整体绩效目标): "一、总体绩效目标" with its text, "二、分项绩效目标" with "（一）title /
/// 绩效目标： / 绩效指标：" items, and "三、工作保障措施" with "（一）title完成保障措施：text" items.
/// </summary>
internal static partial class DepartmentGoalsReader
{
    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*[、.．]\s*(总体绩效目标|分项绩效目标|工作保障措施)\s*$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^[（(]\s*([一二三四五六七八九十]+|\d+)\s*[）)]\s*(.*)$")]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"^(绩效目标|绩效指标)\s*[:：]\s*(.*)$")]
    private static partial Regex SubGoalField();

    private enum Section
    {
        None,
        Overall,
        SubGoals,
        Safeguards,
    }

    public static DepartmentGoals Read(IReadOnlyList<SourceLine> lines, ReadOptions options, List<ReadProblem> problems)
    {
        var section = Section.None;
        var overall = new List<string>();
        var subGoals = new List<SubGoal>();
        var safeguards = new List<Safeguard>();
        string? lastSubGoalField = null;
        foreach (var line in lines)
        {
            var text = line.IsCell ? string.Join(' ', line.Cells) : line.Text;
            if (text.Length == 0)
            {
                continue;
            }

            var heading = SectionHeading().Match(text);
            if (heading.Success)
            {
                section = heading.Groups[1].Value switch
                {
                    "总体绩效目标" => Section.Overall,
                    "分项绩效目标" => Section.SubGoals,
                    _ => Section.Safeguards,
                };
                continue;
            }

            // Captions that repeat the section name ("总体绩效目标" under "一、总体绩效目标").
            if (text is "部门整体绩效目标" or "总体绩效目标" or "分项绩效目标" or "工作保障措施")
            {
                continue;
            }

            switch (section)
            {
                case Section.Overall:
                    overall.Add(text);
                    break;
                case Section.SubGoals:
                    lastSubGoalField = ReadSubGoalLine(text, line.Number, subGoals, lastSubGoalField, options, problems);
                    break;
                case Section.Safeguards:
                    ReadSafeguardLine(text, line.Number, safeguards, options, problems);
                    break;
                default:
                    problems.Add(new ReadProblem(ProblemSeverity.Warning,
                        $"第一部分中“{ChineseText.Shorten(text)}”不在“一、总体绩效目标”“二、分项绩效目标”“三、工作保障措施”任何一节之下，已忽略。")
                    { File = options.FileName, Line = line.Number });
                    break;
            }
        }

        return new DepartmentGoals { OverallGoal = string.Join('\n', overall), SubGoals = subGoals, Safeguards = safeguards };
    }

    private static string? ReadSubGoalLine(string text, int lineNumber, List<SubGoal> subGoals, string? lastField, ReadOptions options, List<ReadProblem> problems)
    {
        var item = ItemHeading().Match(text);
        if (item.Success)
        {
            subGoals.Add(new SubGoal { Number = Number(item.Groups[1].Value, subGoals.Count + 1), Title = item.Groups[2].Value.Trim() });
            return null;
        }

        if (subGoals.Count == 0)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Warning,
                $"分项绩效目标中“{ChineseText.Shorten(text)}”之前没有“（一）标题”这样的分项标题，已忽略。")
            { File = options.FileName, Line = lineNumber });
            return lastField;
        }

        var field = SubGoalField().Match(text);
        var name = field.Success ? field.Groups[1].Value : lastField ?? "绩效目标";
        var value = field.Success ? field.Groups[2].Value.Trim() : text;
        var current = subGoals[^1];
        subGoals[^1] = name == "绩效目标"
            ? current with { GoalText = Append(current.GoalText, value) }
            : current with { IndicatorText = Append(current.IndicatorText, value) };
        return name;
    }

    private static void ReadSafeguardLine(string text, int lineNumber, List<Safeguard> safeguards, ReadOptions options, List<ReadProblem> problems)
    {
        var item = ItemHeading().Match(text);
        if (item.Success)
        {
            var rest = item.Groups[2].Value;
            var colon = rest.AsSpan().IndexOfAny('：', ':');
            var title = colon < 0 ? rest : rest[..colon];
            var body = colon < 0 ? string.Empty : rest[(colon + 1)..];
            foreach (var suffix in new[] { "完成保障措施", "保障措施" })
            {
                if (title.EndsWith(suffix, StringComparison.Ordinal))
                {
                    title = title[..^suffix.Length];
                    break;
                }
            }

            safeguards.Add(new Safeguard { Number = Number(item.Groups[1].Value, safeguards.Count + 1), Title = title.Trim(), Text = body.Trim() });
            return;
        }

        if (safeguards.Count == 0)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Warning,
                $"工作保障措施中“{ChineseText.Shorten(text)}”之前没有“（一）……完成保障措施：”这样的标题，已忽略。")
            { File = options.FileName, Line = lineNumber });
            return;
        }

        safeguards[^1] = safeguards[^1] with { Text = Append(safeguards[^1].Text, text) };
    }

    private static int Number(string text, int fallback) =>
        int.TryParse(ChineseText.ToHalfWidth(text), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : ChineseText.ParseChineseNumeral(text) ?? fallback;

    private static string Append(string existing, string more) => existing.Length == 0 ? more : existing + "\n" + more;

}
