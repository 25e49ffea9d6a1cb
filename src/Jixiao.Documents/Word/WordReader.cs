using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Office;
using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Tables;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.Word;

/// <summary>
/// Reads a 部门预算绩效文本 from a .docx — Jixiao's own (<see cref="WordWriter"/>) or one written by Word, WPS or
/// LibreOffice. Project tables are found by their labels (项目编码, 预算数, 一级指标 …), not by position: a table
/// with 项目编码 starts a project, a table that starts with the indicator header continues it, and one table may
/// hold both. Cells go through the same label-driven <see cref="ProjectTableReader"/> as the text format, so the
/// rules and messages are the same; problems name the table, row and column.
/// </summary>
public static partial class WordReader
{
    [GeneratedRegex(@"\t|\s{2,}|\u3000{1,}")]
    private static partial Regex CellGap();

    public static ReadResult Read(byte[] bytes, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var limits = options.OfficeLimits;
        return OfficePackageGuard.Read(bytes, OfficeKind.Word, options, stream =>
        {
            using var package = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes });
            var body = package.MainDocumentPart?.Document?.Body
                ?? throw new InvalidDataException("document.xml has no body");
            return Read(WordBlocks.Read(body), options);
        });
    }

    public static ReadResult ReadFile(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        return Read(File.ReadAllBytes(path), options with { FileName = options.FileName ?? Path.GetFileName(path) });
    }

    private static ReadResult Read(List<WordBlock> blocks, ReadOptions options)
    {
        var problems = new List<ReadProblem>();
        var partOne = blocks.FindIndex(b => !b.IsTable && Key(b.Text).StartsWith("第一部分", StringComparison.Ordinal));
        var partTwo = blocks.FindIndex(b => !b.IsTable && Key(b.Text).StartsWith("第二部分", StringComparison.Ordinal));
        var firstTable = FirstProjectBlock(blocks);
        var titleEnd = partOne >= 0 ? partOne : firstTable;
        var title = blocks.Take(titleEnd)
            .FirstOrDefault(b => !b.IsTable && b.Style != WordStyles.GeneratedTitle && PublishedTextReader.DocumentTitle().IsMatch(b.Text.Trim()))?.Text.Trim()
            ?? string.Empty;

        var departmentGoals = new DepartmentGoals();
        if (partOne >= 0)
        {
            var end = partTwo > partOne ? partTwo : Math.Max(firstTable, partOne + 1);
            departmentGoals = ReadPartOne(blocks[(partOne + 1)..end], options, problems);
        }

        var projects = ReadProjects(blocks[(partTwo >= 0 ? partTwo : firstTable)..], options, problems);
        if (projects.Count == 0)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error,
                "文档中没有找到任何项目绩效目标表（带“项目编码”“预算数”“一级指标”等栏目的表格）。请确认文件是部门预算绩效文本，或检查表格是否被删除。")
            { File = options.FileName });
        }

        PublishedTextReader.CheckDuplicateCodes(projects, options, problems);
        var document = new PerformanceDocument { Title = title, DepartmentGoals = departmentGoals, Projects = projects };
        return new ReadResult(DocumentFacts.Complete(document, options, problems), problems);
    }

    /// <summary>Part 1 goes through the text format's reader, one line per paragraph; problems then point to the
    /// paragraph instead of a line.</summary>
    private static DepartmentGoals ReadPartOne(List<WordBlock> blocks, ReadOptions options, List<ReadProblem> problems)
    {
        var lines = blocks.Where(b => !b.IsTable)
            .SelectMany(b => b.Text.Split('\n').Select(t => new SourceLine(b.Paragraph, t.Trim(), false, [])))
            .ToList();
        var own = new List<ReadProblem>();
        var goals = DepartmentGoalsReader.Read(lines, options, own);
        problems.AddRange(own.Select(p => p with { Line = null, Cell = p.Line is { } n ? $"第 {n} 段" : p.Cell }));
        return goals;
    }

    private static int FirstProjectBlock(List<WordBlock> blocks)
    {
        var index = blocks.FindIndex(b => b.IsTable ? IsProjectTable(b.Table!) || IsIndicatorTable(b.Table!) : IsTableTitle(b.Text));
        return index < 0 ? blocks.Count : index;
    }

    private static List<BudgetProject> ReadProjects(List<WordBlock> blocks, ReadOptions options, List<ReadProblem> problems)
    {
        var groups = new List<ProjectGroup>();
        ProjectGroup? current = null;
        var rowKey = 0;
        foreach (var block in blocks)
        {
            if (!block.IsTable)
            {
                var text = block.Text.Trim();
                if (IsTableTitle(text))
                {
                    var m = PublishedTextReader.TableTitle().Match(text);
                    current = new ProjectGroup(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value.Trim());
                    groups.Add(current);
                }
                else if (current is { Tables: 0 } && text.Length > 0 && !Key(text).StartsWith("第二部分", StringComparison.Ordinal))
                {
                    // The unit line ("222001纪律检查委员会本级    单位：万元") above the table in some layouts.
                    current.Cells.AddRange(CellGap().Split(text).Where(t => t.Trim().Length > 0).Select(t => new Cell(t.Trim(), 0) { Place = $"第 {block.Paragraph} 段" }));
                }

                continue;
            }

            var table = block.Table!;
            var isProject = IsProjectTable(table);
            if (!isProject && !IsIndicatorTable(table))
            {
                continue;
            }

            if (current is null || (isProject && current.HasProjectTable))
            {
                current = new ProjectGroup(groups.Count == 0 ? 1 : groups[^1].Sequence + 1, string.Empty);
                groups.Add(current);
            }

            current.Tables++;
            current.HasProjectTable |= isProject;
            var label = current.Tables > 1 ? $"第 {current.Tables} 个表格" : string.Empty;
            current.Cells.AddRange(WordBlocks.TableCells(table, label, () => ++rowKey));
        }

        return groups.Select(g => ProjectTableReader.Read(g.Cells, g.Sequence, g.Name, 0, options, problems)).ToList();
    }

    private static bool IsTableTitle(string text) => PublishedTextReader.TableTitle().IsMatch(text.Trim());

    private static bool IsProjectTable(Table table) =>
        WordBlocks.Rows(table).Take(12).SelectMany(WordBlocks.Cells).Any(c => TableLabels.IsProjectCode(WordBlocks.CellText(c)) || TableLabels.IsBudget(WordBlocks.CellText(c)));

    private static bool IsIndicatorTable(Table table) =>
        WordBlocks.Rows(table).Take(3).Any(r => WordBlocks.Cells(r).Count(c => TableLabels.IndicatorColumnOf(WordBlocks.CellText(c)) is not null) >= 3);

    private static string Key(string text) => ChineseText.Key(text);

    /// <summary>The Word tables (and lines above them) that make up one project's 绩效目标表.</summary>
    private sealed class ProjectGroup(int sequence, string name)
    {
        public int Sequence { get; } = sequence;

        public string Name { get; } = name;

        public List<Cell> Cells { get; } = [];

        public int Tables { get; set; }

        public bool HasProjectTable { get; set; }
    }
}
