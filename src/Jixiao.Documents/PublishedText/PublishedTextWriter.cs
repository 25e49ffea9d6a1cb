using System.Globalization;
using System.Text;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.PublishedText;

/// <summary>
/// Writes a document in the published 部门预算绩效文本 layout that <see cref="PublishedTextReader"/> reads: the
/// same headings, labels and one-cell-per-line tables as the seed (bookmark markers are left out).
/// </summary>
public static class PublishedTextWriter
{
    public static string Write(PerformanceDocument document)
    {
        var sb = new StringBuilder(16 * 1024);
        if (document.Title.Length > 0)
        {
            sb.Append(document.Title).Append('\n');
        }

        if (!document.DepartmentGoals.IsEmpty)
        {
            WriteDepartmentGoals(sb, document);
        }

        sb.Append("第二部分\n\n预算项目绩效目标\n\n");
        foreach (var project in document.Projects)
        {
            WriteProject(sb, project);
        }

        return sb.ToString();
    }

    public static byte[] WriteUtf8(PerformanceDocument document) => Encoding.UTF8.GetBytes(Write(document));

    private static void WriteDepartmentGoals(StringBuilder sb, PerformanceDocument document)
    {
        var goals = document.DepartmentGoals;
        sb.Append("第一部分\n部门整体绩效目标\n\n");
        sb.Append("一、总体绩效目标\n总体绩效目标\n");
        Lines(sb, goals.OverallGoal);
        sb.Append("二、分项绩效目标\n分项绩效目标\n");
        foreach (var subGoal in goals.SubGoals)
        {
            sb.Append('（').Append(ChineseText.ToChineseNumeral(subGoal.Number)).Append('）').Append(subGoal.Title).Append('\n');
            sb.Append("绩效目标：");
            Lines(sb, subGoal.GoalText);
            sb.Append("绩效指标：");
            Lines(sb, subGoal.IndicatorText);
        }

        sb.Append("三、工作保障措施\n工作保障措施\n");
        foreach (var safeguard in goals.Safeguards)
        {
            sb.Append('（').Append(ChineseText.ToChineseNumeral(safeguard.Number)).Append('）').Append(safeguard.Title).Append("完成保障措施：");
            Lines(sb, safeguard.Text);
        }

        if (goals.HasTable)
        {
            WriteDepartmentTable(sb, document);
        }

        sb.Append("\n\n");
    }

    /// <summary>The 部门整体支出绩效目标表 after the 工作保障措施, as Word's text of the Word export's table: the same rows
    /// (<see cref="WordDepartmentTable"/>), a merged cell once, its continuation below as an empty cell, under the same
    /// heading (<see cref="WordDepartmentTable.TitleFor"/>).</summary>
    private static void WriteDepartmentTable(StringBuilder sb, PerformanceDocument document)
    {
        sb.Append(WordDepartmentTable.TitleFor(document)).Append('\n');
        foreach (var row in WordDepartmentTable.Rows(document.DepartmentGoals, document.DepartmentName).Rows)
        {
            foreach (var cell in row)
            {
                Cell(sb, cell.Merge == CellMerge.Continue ? string.Empty : cell.Text);
            }

            sb.Append('\n');
        }
    }

    private static void WriteProject(StringBuilder sb, BudgetProject p)
    {
        sb.Append(p.Sequence).Append('.').Append(p.ProjectName).Append("绩效目标表\n");
        Cell(sb, p.UnitCode + p.UnitName);
        Cell(sb, "单位：" + p.MoneyUnit);
        sb.Append('\n');
        Cell(sb, TableLabels.ProjectCode);
        Cell(sb, p.ProjectCode);
        Cell(sb, TableLabels.ProjectName);
        Cell(sb, p.ProjectName);
        sb.Append('\n');
        Cell(sb, TableLabels.BudgetAndUse);
        Cell(sb, TableLabels.Budget);
        Cell(sb, p.Budget.ToWanYuanString());
        Cell(sb, TableLabels.FiscalFunds);
        Cell(sb, p.FiscalFunds?.ToWanYuanString() ?? string.Empty);
        Cell(sb, TableLabels.OtherFunds);
        Cell(sb, p.OtherFunds?.ToWanYuanString() ?? string.Empty);
        sb.Append('\n');
        Cell(sb, string.Empty);
        Cell(sb, p.FundUse);
        sb.Append('\n');
        if (!p.SpendingPlan.IsEmpty)
        {
            Cell(sb, TableLabels.SpendingPlan);
            foreach (var checkpoint in p.SpendingPlan.Checkpoints)
            {
                Cell(sb, checkpoint.Month + "月底");
            }

            sb.Append('\n');
            Cell(sb, string.Empty);
            foreach (var checkpoint in p.SpendingPlan.Checkpoints)
            {
                Cell(sb, TableValues.FormatPercent(checkpoint.CumulativePercent));
            }

            sb.Append('\n');
        }

        Cell(sb, TableLabels.Goals);
        Cell(sb, TableValues.FormatGoals(p.Goals));
        sb.Append('\n');
        foreach (var header in new[] { TableLabels.Level1, TableLabels.Level2, TableLabels.Name, TableLabels.Description, TableLabels.Target, TableLabels.TargetBasis })
        {
            Cell(sb, header);
        }

        var previousLevel1 = string.Empty;
        foreach (var row in p.Indicators)
        {
            sb.Append('\n');

            // 一级指标 is a merged cell: written on the first row of its group only, as in the official form.
            Cell(sb, row.Level1 == previousLevel1 ? string.Empty : row.Level1);
            previousLevel1 = row.Level1;
            Cell(sb, row.Level2);
            Cell(sb, row.Name);
            Cell(sb, row.Description);
            Cell(sb, row.Target.Text);
            Cell(sb, row.TargetBasis);
        }

        sb.Append("\n\n\n");
    }

    /// <summary>A cell is a tab and its text; further lines of a multi-line cell follow without a tab.</summary>
    private static void Cell(StringBuilder sb, string text)
    {
        sb.Append('\t').Append(text.Replace('\t', ' ').Replace("\r", "", StringComparison.Ordinal)).Append('\n');
    }

    private static void Lines(StringBuilder sb, string text) => sb.Append(text).Append('\n');
}
