using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Tests.Grid;

/// <summary>The grid's cells are handles into one array per grid: rows, ranges and equality must behave as the
/// objects they replaced did.</summary>
public class GridCellStoreTests
{
    private static CellGrid Merged(string corner)
    {
        var builder = new CellGridBuilder("t");
        builder.Add(0, 0, corner, rowSpan: 2);
        builder.Add(0, 1, "一级指标");
        builder.Add(0, 2, "二级指标");
        builder.Add(1, 1, "产出指标");
        builder.Add(1, 2, "数量指标");
        builder.Add(3, 0, "合计");
        return builder.Build();
    }

    [Fact]
    public void Rows_ListCellsFromAboveFirst_AndEmptyRowsAsEmpty()
    {
        var grid = Merged("绩效指标");

        Assert.Equal(["绩效指标", "产出指标", "数量指标"], grid.Row(1).Select(c => c.Text));
        Assert.Equal(["产出指标", "数量指标"], grid.StartingIn(1).Select(c => c.Text));
        Assert.Empty(grid.Row(2));
        Assert.Empty(grid.StartingIn(2));
        Assert.Equal(["合计"], grid.StartingIn(3).Select(c => c.Text));
        Assert.Empty(grid.Row(4));
        Assert.Empty(grid.StartingIn(-1));
        Assert.Equal(6, grid.Cells.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => grid.StartingIn(1)[2]);

        var counted = 0;
        foreach (var cell in grid.Row(1))
        {
            Assert.True(cell.Covers(1, cell.Column));
            counted++;
        }

        Assert.Equal(3, counted);
    }

    [Fact]
    public void At_FindsTheCoveringCell_InAGridWithoutRowSpans()
    {
        // No cell spans rows, so At searches the row's own cells instead of a map of positions: spans, gaps and short
        // rows must answer as the map did.
        var builder = new CellGridBuilder("t");
        builder.Add(0, 0, "项目名称");
        builder.Add(0, 1, "乡村道路养护", columnSpan: 3);
        builder.Add(0, 5, "万元");
        builder.Add(1, 0, "一级指标");
        builder.Add(1, 1, "二级指标");
        builder.Add(2, 2, "100%", columnSpan: 2);
        var grid = builder.Build();

        string?[][] expected =
        [
            ["项目名称", "乡村道路养护", "乡村道路养护", "乡村道路养护", null, "万元"],
            ["一级指标", "二级指标", null, null, null, null],
            [null, null, "100%", "100%", null, null],
        ];
        for (var row = 0; row < expected.Length; row++)
        {
            for (var column = 0; column < expected[row].Length; column++)
            {
                Assert.Equal(expected[row][column], grid.At(row, column)?.Text);
            }
        }

        Assert.Equal(1, grid.At(0, 3)!.Value.Column);
        Assert.Null(grid.At(3, 0));
        Assert.Null(grid.At(0, 6));
        Assert.Null(grid.At(-1, 0));
        Assert.Equal("二级指标", grid.RightOf(grid.At(1, 0)!.Value, 1)!.Value.Text);
        Assert.Equal("二级指标", grid.Below(grid.At(0, 1)!.Value)!.Value.Text);
    }

    [Fact]
    public void Cells_AreEqualByPositionSpansAndText_AcrossGrids()
    {
        var grid = Merged("绩效指标");
        var same = Merged("绩效指标");
        var other = Merged("指标");

        Assert.Equal(grid.At(0, 0), same.At(1, 0));
        Assert.Equal(grid.At(0, 0)!.Value.GetHashCode(), same.At(0, 0)!.Value.GetHashCode());
        Assert.NotEqual(grid.At(0, 0), other.At(0, 0));
        Assert.NotEqual(grid.At(0, 1), grid.At(0, 2));
        Assert.Equal(2, new HashSet<GridCell> { grid.At(0, 0)!.Value, same.At(0, 0)!.Value, grid.At(1, 1)!.Value }.Count);
        Assert.Equal(string.Empty, default(GridCell).Text);
    }

    [Fact]
    public void Keys_AndLabelMatches_AreTheCellsOwn()
    {
        var labels = new LabelSet(new Dictionary<string, IReadOnlyList<string>> { ["level1"] = ["一级指标"], ["level2"] = ["二级指标"] });
        var grid = Merged("绩效指标");

        Assert.Equal("level1", GridSearch.LabelOf(grid.At(0, 1)!.Value, labels)?.Field);
        Assert.Equal("level2", GridSearch.LabelOf(grid.At(0, 2)!.Value, labels)?.Field);
        Assert.Null(GridSearch.LabelOf(grid.At(1, 1)!.Value, labels));
        Assert.Equal("level1", GridSearch.LabelOf(grid.At(0, 1)!.Value, labels)?.Field);
        Assert.Equal(["一级指标", "二级指标"], GridSearch.Labels(grid, labels, 0, 0).Select(l => l.Text));
        Assert.Empty(GridSearch.Labels(grid, labels, 1));
    }

    [Fact]
    public void SpansAndPlaces_OfABuiltGrid_AreKeptBesideItsCells()
    {
        var builder = new CellGridBuilder("t");
        builder.Add(0, 0, "绩效指标", rowSpan: 3, place: "A1");
        builder.Add(0, 1, "一级指标", columnSpan: 2, place: "B1");
        builder.Add(1, 1, "产出指标", place: "B2");
        builder.Add(1, 2, "数量指标", line: 7);
        var grid = builder.Build();

        var corner = grid.At(2, 0)!.Value;
        Assert.Equal(("绩效指标", 3, 1, "A1", 2), (corner.Text, corner.RowSpan, corner.ColumnSpan, corner.Place, corner.LastRow));
        var heading = grid.At(0, 2)!.Value;
        Assert.Equal(("一级指标", 1, 2, "B1", 2), (heading.Text, heading.RowSpan, heading.ColumnSpan, heading.Place, heading.LastColumn));
        Assert.Equal("B2", grid.At(1, 1)!.Value.Place);
        Assert.Equal((string.Empty, 7), (grid.At(1, 2)!.Value.Place, grid.At(1, 2)!.Value.Line)); // no place given: none made
        Assert.Equal(["绩效指标", "产出指标", "数量指标"], grid.Row(1).Select(c => c.Text));
        Assert.Equal("绩效指标", grid.Row(2).Single().Text);
    }
}
