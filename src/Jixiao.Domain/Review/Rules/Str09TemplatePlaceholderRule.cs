using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>STR-09 (Jixiao): template fragments left unfilled in a text cell, such as "（≧**%）" in an indicator
/// name. The table was published before the template was completed.</summary>
public sealed class Str09TemplatePlaceholderRule : ProjectRule
{
    public override string Id => "STR-09";

    public override string Title => "模板占位符未填写";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（指标值须填写，不留模板占位符）");

    public override bool JudgesDepartmentTable => true;

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var fragments = project.Profile.Words.TemplateFragments;
        foreach (var row in project.Rows)
        {
            Cell(project, row, findings, row.Indicator.Name, ReviewFields.Name, fragments);
            if (row.DescriptionKey != row.NameKey)
            {
                Cell(project, row, findings, row.Indicator.Description, ReviewFields.Description, fragments);
            }

            Cell(project, row, findings, row.Indicator.TargetBasis, ReviewFields.Basis, fragments);
        }

        foreach (var goal in project.Project.Goals)
        {
            if (Fragment(goal.Text, fragments) is { } f)
            {
                findings.Goal(project, goal, $"{project.Label}绩效目标第{goal.Number}条“{goal.Text}”含未填写的模板占位符“{f}”。", "把占位符换成实际的数值或文字。");
            }
        }

        if (Fragment(project.Project.FundUse, fragments) is { } u)
        {
            findings.Project(project, ReviewFields.FundUse, $"{project.Label}的资金用途含未填写的模板占位符“{u}”。", "把占位符换成实际内容。");
        }
    }

    private static void Cell(ProjectContext project, RowContext row, FindingSink findings, string text, string field, string[] fragments)
    {
        if (Fragment(text, fragments) is { } f)
        {
            findings.Row(project, row, field, $"{project.Label}{row.Label}的“{field}”含未填写的模板占位符“{f}”（原文“{text}”）。",
                "把占位符填成实际数值并移到“指标值”栏，例如三级指标写“工作质量考核优良率”、指标值写“≥90%”。");
        }
    }

    /// <summary>The placeholder as written around the fragment: "（≧**%）" rather than just "**".</summary>
    private static string? Fragment(string text, string[] fragments)
    {
        var hit = ReviewText.FirstMatch(text, fragments);
        if (hit is null)
        {
            return null;
        }

        var at = text.IndexOf(hit, StringComparison.Ordinal);
        var open = text.LastIndexOfAny(['(', '（'], at);
        var close = text.IndexOfAny([')', '）'], at);
        return open >= 0 && close > at ? text[open..(close + 1)] : hit;
    }
}
