using System.Text.RegularExpressions;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.PublishedText;

/// <summary>
/// Reads the published 部门预算绩效文本 layout (the text Word produces from the official document, as in the
/// seed): an optional title line, Part 1 (第一部分 部门整体绩效目标) and Part 2 (第二部分 预算项目绩效目标) with
/// one "N.项目名称绩效目标表" per project — through the grid (<see cref="TextGridReader"/>) and the one goal-table
/// reader (<see cref="GoalDocumentReader"/>). Other departments' goal tables extracted the same way (no parts, any
/// title, several tables) are read as their Word files are, in their own form.
/// </summary>
public static partial class PublishedTextReader
{
    [GeneratedRegex(@"^(\d+)\s*[.．、]\s*(.+?)绩效目标表\s*$")]
    internal static partial Regex TableTitle();

    [GeneratedRegex(@"部门预算绩效文本\s*$|^\S.*\d{4}\s*年.*绩效")]
    internal static partial Regex DocumentTitle();

    public static ReadResult Read(byte[] bytes, ReadOptions? options = null) =>
        Read(TextDecoding.Decode(bytes), options);

    public static ReadResult ReadFile(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        return Read(File.ReadAllBytes(path), options with { FileName = options.FileName ?? Path.GetFileName(path) });
    }

    public static ReadResult Read(string text, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var grid = TextGridReader.Read(text, options.FileName ?? string.Empty, GoalDocumentReader.IsHeading);
        var read = GoalDocumentReader.Read(grid, options);

        // The 部门预算绩效文本 (its parts headed 第一部分 / 第二部分, its tables titled "N.项目名称绩效目标表") is Jixiao's
        // full form: a cell left empty in it is a defect, not a field it lacks. Another department's goal tables
        // extracted the same way are read in their own form, as their .docx is: a table with no 项目编码 cell lacks the
        // field, it did not leave it empty.
        return IsOfficialText(grid) ? read with { Document = read.Document.InFullForm() } : read;
    }

    private static bool IsOfficialText(Grid.GridDocument grid)
    {
        foreach (var block in grid.Blocks)
        {
            if (block.IsGrid)
            {
                continue;
            }

            if (TableTitle().IsMatch(block.Text) || (block.Text.Contains("部分", StringComparison.Ordinal)
                && Jixiao.Domain.Text.ChineseText.Key(block.Text) is var key
                && (key.StartsWith("第一部分", StringComparison.Ordinal) || key.StartsWith("第二部分", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    internal static void CheckDuplicateCodes(List<BudgetProject> projects, ReadOptions options, List<ReadProblem> problems)
    {
        foreach (var group in projects.Where(p => p.ProjectCode.Length > 0).GroupBy(p => p.ProjectCode).Where(g => g.Count() > 1))
        {
            problems.Add(new ReadProblem(ProblemSeverity.Warning,
                $"项目编码 {group.Key} 出现在 {group.Count()} 张表中（第 {string.Join("、", group.Select(p => p.Sequence))} 张）；同一文本中项目编码应唯一。")
            { File = options.FileName });
        }
    }
}
