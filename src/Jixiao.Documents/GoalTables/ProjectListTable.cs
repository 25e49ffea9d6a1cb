using Jixiao.Documents.Grid;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// The list form of goal tables (the 部门预算项目绩效目标申报表 / 项目支出绩效目标表 of a published 部门预算): one table
/// for all of a department's projects, its heading row naming the project's columns (单位名称, 项目名称, 预算数,
/// 年度目标) before the indicator columns (一级指标 … 指标值), each project's cells merged down over its indicator
/// rows. Each project is cut out as a table of its own — the lines above the heading (title, "金额单位：元"), the
/// project's columns as labels with their values, the indicator heading and the project's rows — so the one reader
/// of goal tables reads it as it reads any other; every cell keeps its place in the file for the messages.
/// </summary>
internal static class ProjectListTable
{
    /// <summary>Head labels that may head a project's column in the list's heading row.</summary>
    private static readonly HashSet<GoalLabel> ProjectColumns =
    [
        GoalLabel.ProjectName, GoalLabel.ProjectCode, GoalLabel.Unit, GoalLabel.UnitCode, GoalLabel.Department, GoalLabel.DepartmentCode,
        GoalLabel.Budget, GoalLabel.FiscalFunds, GoalLabel.FiscalPart, GoalLabel.OtherFunds, GoalLabel.Goals, GoalLabel.LongTermGoal, GoalLabel.Attribute, GoalLabel.Period,
    ];

    /// <summary>Project columns whose cell a list merges down over several projects (the unit that has them): an empty
    /// one is the value above it. Other columns are each project's own: an empty one stays empty.</summary>
    private static readonly HashSet<GoalLabel> CarriedDown = [GoalLabel.Unit, GoalLabel.UnitCode, GoalLabel.Department, GoalLabel.DepartmentCode];

    /// <summary>The last non-empty cell above <paramref name="row"/> at <paramref name="column"/>, under the heading.</summary>
    private static GridCell? Above(CellGrid grid, int headingRow, int row, int column)
    {
        for (var above = row - 1; above > headingRow; above--)
        {
            if (grid.At(above, column) is { IsEmpty: false } cell)
            {
                return cell;
            }
        }

        return null;
    }

    /// <summary>The blocks with every list table replaced by one table per project; the blocks themselves when
    /// there is none.</summary>
    public static IReadOnlyList<GridBlock> Split(IReadOnlyList<GridBlock> blocks)
    {
        List<GridBlock>? result = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var parts = blocks[i].Grid is { } grid ? Cut(grid) : null;
            if (parts is null)
            {
                result?.Add(blocks[i]);
                continue;
            }

            result ??= [.. blocks.Take(i)];
            result.AddRange(parts.Select(GridBlock.Table));
        }

        return result ?? blocks;
    }

    /// <summary>One grid per project of a list table, or null when <paramref name="grid"/> is none.</summary>
    private static List<CellGrid>? Cut(CellGrid grid)
    {
        for (var row = 0; row < Math.Min(grid.RowCount, 12); row++)
        {
            if (Heading(grid, row) is { } heading)
            {
                return Parts(grid, row, heading);
            }
        }

        return null;
    }

    /// <summary>Apart from <see cref="Cut"/>: a lambda there would capture its loop's row, a closure made for every row
    /// of every table read.</summary>
    private static List<CellGrid>? Parts(CellGrid grid, int row, (int NameColumn, int FirstIndicatorColumn, List<GridCell> ProjectCells) heading)
    {
        var parts = Projects(grid, row, heading.NameColumn, heading.FirstIndicatorColumn)
            .Select(rows => Part(grid, row, heading.ProjectCells, heading.FirstIndicatorColumn, rows))
            .ToList();
        return parts.Count > 0 ? parts : null;
    }

    /// <summary>A heading row with a 项目名称 column before its 一级指标 and 三级指标 columns, and only project
    /// columns (<see cref="ProjectColumns"/>) before the indicator columns.</summary>
    private static (int NameColumn, int FirstIndicatorColumn, List<GridCell> ProjectCells)? Heading(CellGrid grid, int row)
    {
        int? nameColumn = null, level1Column = null;
        var hasName = false;
        var cells = grid.StartingIn(row);
        var level1At = cells.Count; // the 一级指标 cell's index in the row: the project cells are the filled ones before it
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.IsEmpty)
            {
                continue;
            }

            var column = GoalVocabulary.ColumnOf(GridSearch.LabelMatchOf(cell, GoalVocabulary.Columns));
            if (level1Column is null && column == GoalColumn.Level1)
            {
                level1Column = cell.Column;
                level1At = i;
                continue;
            }

            if (level1Column is not null)
            {
                hasName |= column == GoalColumn.Name;
                continue;
            }

            var label = GoalVocabulary.LabelOf(GridSearch.LabelMatchOf(cell, GoalVocabulary.Labels));
            if (label is not { } kind || !ProjectColumns.Contains(kind))
            {
                return null;
            }

            nameColumn ??= kind == GoalLabel.ProjectName ? cell.Column : null;
        }

        if (nameColumn is not { } name || level1Column is not { } first || !hasName)
        {
            return null;
        }

        // Listed only for a heading: every head row of every table is asked, and most fail after their first label.
        var projectCells = new List<GridCell>();
        for (var i = 0; i < level1At; i++)
        {
            if (!cells[i].IsEmpty)
            {
                projectCells.Add(cells[i]);
            }
        }

        return (name, first, projectCells);
    }

    /// <summary>The rows of each project under the heading: a project runs while its name's cell covers the rows
    /// (merged down), or, where the name is printed once and not merged, until the next name. Rows before the first
    /// name (a department's total line) belong to no project.</summary>
    private static List<(int First, int Last)> Projects(CellGrid grid, int headingRow, int nameColumn, int firstIndicatorColumn)
    {
        var projects = new List<(int First, int Last)>();
        for (var row = headingRow + 1; row < grid.RowCount; row++)
        {
            if (EndsList(grid, row))
            {
                break;
            }

            var name = grid.At(row, nameColumn);
            var starts = name is { IsEmpty: false } cell && cell.Row == row && !RepeatsProject(grid, row, headingRow, firstIndicatorColumn);
            var indicators = grid.Row(row).Any(c => c.Column >= firstIndicatorColumn && c.Row == row && !c.IsEmpty);
            if (starts)
            {
                projects.Add((row, row));
            }
            else if (projects.Count > 0 && (name is { IsEmpty: false } || indicators))
            {
                projects[^1] = (projects[^1].First, row);
            }
        }

        return projects;
    }

    /// <summary>A row whose project columns repeat the row above, every one (name, unit, amount, goal): a sheet whose
    /// merged cells were undone and filled down. It goes on with the project above; two projects of one name differ in
    /// another column (the unit, the amount).</summary>
    private static bool RepeatsProject(CellGrid grid, int row, int headingRow, int firstIndicatorColumn)
    {
        if (row <= headingRow + 1)
        {
            return false;
        }

        for (var column = 0; column < firstIndicatorColumn; column++)
        {
            if ((grid.At(row, column)?.Text ?? string.Empty) != (grid.At(row - 1, column)?.Text ?? string.Empty))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value of a project column in the project's first row; for the unit and department columns, which
    /// a list merges down over several projects (or, written without merged cells, prints only in the first row of
    /// the unit's projects; the text layout prints a merged cell once and then as empty cells), the nearest one above
    /// when the row's is empty.</summary>
    private static GridCell? ValueOf(CellGrid grid, GridCell label, int headingRow, int row)
    {
        var value = grid.At(row, label.Column);
        return value is { IsEmpty: false } || !CarriedDown.Contains(GoalVocabulary.LabelOf(GridSearch.LabelMatchOf(label, GoalVocabulary.Labels)) ?? GoalLabel.End)
            ? value
            : Above(grid, headingRow, row, label.Column) ?? value;
    }

    /// <summary>A row under the list that is no project: its first filled cell starts with a label of the table's end
    /// (填表人：…, 填报日期：…, 审核意见).</summary>
    private static bool EndsList(CellGrid grid, int row)
    {
        foreach (var cell in grid.StartingIn(row))
        {
            if (!cell.IsEmpty)
            {
                return GoalVocabulary.Labels.StartsWithLabelOfKey(cell.Key, nameof(GoalLabel.End))
                    || (GridText.SplitInline(cell.Text) is { } inline && GoalVocabulary.Labels.Match(inline.Label)?.Field == nameof(GoalLabel.End));
            }
        }

        return false;
    }

    /// <summary>One project's table: the lines above the heading, its project columns as "label | value" rows, the
    /// indicator heading, its indicator rows.</summary>
    private static CellGrid Part(CellGrid grid, int headingRow, List<GridCell> projectCells, int firstIndicatorColumn, (int First, int Last) rows)
    {
        var builder = new CellGridBuilder(grid.Name, grid.IsFlow);
        var next = 0;
        for (var row = 0; row < headingRow; row++, next++)
        {
            foreach (var cell in grid.StartingIn(row).Where(c => c.Row == row))
            {
                builder.Add(next, cell.Column, cell.Text, 1, cell.ColumnSpan, cell.Place);
            }
        }

        foreach (var label in projectCells)
        {
            var value = ValueOf(grid, label, headingRow, rows.First);
            builder.Add(next, 0, label.Text, 1, 1, label.Place);
            builder.Add(next, 1, value?.Text ?? string.Empty, 1, 1, value?.Place ?? string.Empty);
            next++;
        }

        Copy(grid, builder, headingRow, headingRow, firstIndicatorColumn, next);
        Copy(grid, builder, rows.First, rows.Last, firstIndicatorColumn, next + 1);
        return builder.Build();
    }

    /// <summary>The cells of rows <paramref name="first"/> to <paramref name="last"/> from the indicator columns on,
    /// placed from row <paramref name="to"/> and column 0, spans cut to those rows.</summary>
    private static void Copy(CellGrid grid, CellGridBuilder builder, int first, int last, int firstIndicatorColumn, int to)
    {
        for (var row = first; row <= last; row++)
        {
            foreach (var cell in grid.Row(row))
            {
                if (cell.Column < firstIndicatorColumn || (cell.Row != row && row != first))
                {
                    continue;
                }

                var span = Math.Min(cell.LastRow, last) - row + 1;
                builder.Add(to + row - first, cell.Column - firstIndicatorColumn, cell.Text, span, cell.ColumnSpan, cell.Place);
            }
        }
    }
}
