using Jixiao.Documents.Grid;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.GoalTables;

/// <summary>Part 1 of a 部门预算绩效文本 (部门整体绩效目标), read line by line by <see cref="DepartmentGoalsReader"/>:
/// lines as they are, table rows as their cells. In Word, problems point to the paragraph instead of a line.</summary>
internal static class DepartmentPart
{
    public static DepartmentGoals Read(IReadOnlyList<GridBlock> blocks, int from, int to, GridSource source, ReadOptions options, List<ReadProblem> problems)
    {
        var lines = new List<SourceLine>();
        for (var i = from; i < to && i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!block.IsGrid)
            {
                lines.AddRange(block.Text.Split('\n').Select(t => new SourceLine(block.Number, t.Trim(), false, [])));
                continue;
            }

            var grid = block.Grid!;
            for (var row = 0; row < grid.RowCount; row++)
            {
                var cells = grid.StartingIn(row).Select(c => c.Text).ToList();
                var number = grid.StartingIn(row).Select(c => c.Line).FirstOrDefault();
                lines.Add(new SourceLine(number, string.Join('\t', cells), true, cells));
            }
        }

        if (source == GridSource.Text)
        {
            return DepartmentGoalsReader.Read(lines, options, problems);
        }

        var own = new List<ReadProblem>();
        var goals = DepartmentGoalsReader.Read(lines, options, own);
        problems.AddRange(own.Select(p => p with { Line = null, Cell = p.Line is { } n ? $"第 {n} 段" : p.Cell }));
        return goals;
    }
}
