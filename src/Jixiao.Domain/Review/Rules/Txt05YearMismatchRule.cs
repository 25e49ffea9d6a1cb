using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TXT-05: a text mentions an earlier year than the document's fiscal year (copied from an old table) or a
/// year more than one ahead. A baseline ("较2021年", "2020年以来") and the next year ("用于2025年预算安排") are fine.</summary>
public sealed partial class Txt05YearMismatchRule : ProjectRule
{
    [GeneratedRegex(@"(20\d{2})\s*年")]
    private static partial Regex Year();

    public override string Id => "TXT-05";

    public override string Title => "文字中的年度与预算年度不符";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（绩效目标对应本预算年度）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var year = project.Document.Document.FiscalYear;
        if (year == 0)
        {
            return;
        }

        foreach (var goal in project.Project.Goals)
        {
            if (Mismatch(goal.Text, year, project.Profile.Words) is { } y)
            {
                findings.Goal(project, goal, $"{project.Label}绩效目标第{goal.Number}条“{goal.Text}”写的是{y}年，而本文本是{year}年度。", $"改为{year}年度的目标，或删去年份。");
            }
        }

        if (Mismatch(project.Project.FundUse, year, project.Profile.Words) is { } u)
        {
            findings.Project(project, ReviewFields.FundUse, $"{project.Label}的资金用途写的是{u}年，而本文本是{year}年度。", $"改为{year}年度的资金用途。");
        }

        foreach (var row in project.Rows)
        {
            var i = row.Indicator;
            if ((Mismatch(i.Name, year, project.Profile.Words) ?? Mismatch(i.Description, year, project.Profile.Words) ?? Mismatch(i.Target.Text, year, project.Profile.Words)) is { } r)
            {
                findings.Row(project, row, ReviewFields.Name, $"{project.Label}{row.Label}写的是{r}年，而本文本是{year}年度。", $"改为{year}年度的指标，或把年份改为对比基期的写法（如“较{year - 1}年”）。");
            }
        }
    }

    private static int? Mismatch(string text, int fiscalYear, ReviewWords words)
    {
        if (!text.Contains("20", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (Match m in Year().Matches(text))
        {
            var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (y == fiscalYear || y == fiscalYear + 1)
            {
                continue;
            }

            var before = text[Math.Max(0, m.Index - 4)..m.Index];
            if (!ReviewText.ContainsAny(before, words.BaselineWords) && !text[(m.Index + m.Length)..].StartsWith("以来", StringComparison.Ordinal))
            {
                return y;
            }
        }

        return null;
    }
}
