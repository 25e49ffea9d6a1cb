using Jixiao.Documents.Grid;

namespace Jixiao.Documents.GoalTables;

/// <summary>The parts of a file that make up one project's table, gathered in reading order before they are read:
/// the title, lines above the table, the rows of the table's head and the indicator blocks.</summary>
internal sealed class ProjectDraft(int sequence, string title)
{
    public int Sequence { get; set; } = sequence;

    /// <summary>The project name from an official "N.名称绩效目标表" title, or empty.</summary>
    public string TitleName { get; set; } = title;

    /// <summary>Line (text layout) or paragraph of the official title, 0 without one.</summary>
    public int TitleLineNumber { get; set; }

    /// <summary>Title lines above the table ("项目支出绩效目标表", "（2021年度）").</summary>
    public List<string> TitleLines { get; } = [];

    /// <summary>Lines between the title and the table (the unit line "222001纪律检查委员会本级  单位：万元").</summary>
    public List<GridBlock> Lines { get; } = [];

    /// <summary>Rows of the table's head: label rows above the indicator heading.</summary>
    public List<(CellGrid Grid, int Row)> Head { get; } = [];

    public List<IndicatorBlock> Blocks { get; } = [];

    /// <summary>Headings that looked like an indicator table but could not be read, for the message.</summary>
    public List<IndicatorHeader> Unreadable { get; } = [];

    /// <summary>The grids this project's cells come from, in order: a place in any but the first names its table.</summary>
    public List<CellGrid> Grids { get; } = [];

    /// <summary>The texts of the cells starting in <paramref name="rows"/>, row after row: one iterator for all the
    /// rows rather than a query per row (asked for the head of every project).</summary>
    public static IEnumerable<string> Texts(IEnumerable<(CellGrid Grid, int Row)> rows)
    {
        foreach (var (grid, row) in rows)
        {
            foreach (var cell in grid.StartingIn(row))
            {
                yield return cell.Text;
            }
        }
    }

    /// <remarks>Loops, not queries: asked for every label of every row of every head.</remarks>
    public bool HasHeadLabel(GoalLabel label)
    {
        foreach (var (grid, row) in Head)
        {
            foreach (var cell in grid.StartingIn(row))
            {
                if (GoalVocabulary.LabelOf(GridSearch.LabelMatchOf(cell, GoalVocabulary.Labels)) == label)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public void Use(CellGrid grid)
    {
        if (!Grids.Contains(grid))
        {
            Grids.Add(grid);
        }
    }

    /// <summary>Where a cell is, for a message: its place, with its table's name when the project spans tables.</summary>
    public string Place(CellGrid grid, GridCell cell) =>
        Grids.Count > 1 && Grids.IndexOf(grid) > 0 && !grid.IsFlow ? grid.Name + cell.Place : cell.Place;
}
