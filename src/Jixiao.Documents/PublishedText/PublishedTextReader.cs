using System.Text.RegularExpressions;
using Jixiao.Documents.Tables;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.PublishedText;

/// <summary>
/// Reads the published 部门预算绩效文本 layout (the text Word produces from the official document, as in the
/// seed): an optional title line, Part 1 (第一部分 部门整体绩效目标) and Part 2 (第二部分 预算项目绩效目标) with
/// one "N.项目名称绩效目标表" per project.
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
        var problems = new List<ReadProblem>();
        var lines = LineSplitter.Split(text);

        var partOne = lines.FindIndex(l => !l.IsCell && LineSplitter.Key(l.Text) == "第一部分");
        var partTwo = lines.FindIndex(l => !l.IsCell && LineSplitter.Key(l.Text) == "第二部分");
        var tableStarts = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsCell && lines[i].Text.Contains("绩效目标表", StringComparison.Ordinal) && TableTitle().IsMatch(lines[i].Text))
            {
                tableStarts.Add(i);
            }
        }

        var firstTable = tableStarts.Count > 0 ? tableStarts[0] : lines.Count;

        var title = lines.Take(partOne >= 0 ? partOne : firstTable)
            .FirstOrDefault(l => !l.IsCell && DocumentTitle().IsMatch(l.Text)).Text ?? string.Empty;

        var departmentGoals = new DepartmentGoals();
        if (partOne >= 0)
        {
            var end = partTwo > partOne ? partTwo : firstTable;
            departmentGoals = DepartmentGoalsReader.Read(lines[(partOne + 1)..end], options, problems);
        }

        if (tableStarts.Count == 0)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error,
                "没有找到任何项目绩效目标表（应有“1.××绩效目标表”这样的表标题）。请确认文件是部门预算绩效文本，或检查它是否被截断。")
            { File = options.FileName });
        }

        var projects = new List<BudgetProject>();
        for (var t = 0; t < tableStarts.Count; t++)
        {
            var start = tableStarts[t];
            var end = t + 1 < tableStarts.Count ? tableStarts[t + 1] : lines.Count;
            var match = TableTitle().Match(lines[start].Text);
            var sequence = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var cells = CellTokenizer.Tokenize(lines, start + 1, end);
            projects.Add(ProjectTableReader.Read(cells, sequence, match.Groups[2].Value.Trim(), lines[start].Number, options, problems));
        }

        CheckDuplicateCodes(projects, options, problems);
        var document = new PerformanceDocument { Title = title, DepartmentGoals = departmentGoals, Projects = projects };
        return new ReadResult(DocumentFacts.Complete(document, options, problems), problems);
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
