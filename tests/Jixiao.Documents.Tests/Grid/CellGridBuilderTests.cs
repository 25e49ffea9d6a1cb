using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Tests.Grid;

public class CellGridBuilderTests
{
    [Fact]
    public void MergedCells_CoverEveryPositionOnce()
    {
        var builder = new CellGridBuilder("t");
        builder.Add(0, 0, "绩效指标", rowSpan: 3);
        builder.Add(0, 1, "一级指标");
        builder.Add(0, 2, "指标值", columnSpan: 2);
        builder.Add(1, 1, "产出指标", rowSpan: 2);
        builder.Add(1, 2, "≥95%");
        builder.Add(2, 3, "=100%");

        var grid = builder.Build();

        Assert.Equal((3, 4), (grid.RowCount, grid.ColumnCount));
        Assert.Equal(grid.At(0, 0), grid.At(2, 0));
        Assert.Equal(grid.At(0, 2), grid.At(0, 3));
        Assert.Equal("产出指标", grid.Text(2, 1));
        Assert.Null(grid.At(2, 2));
        Assert.Equal(["绩效指标", "产出指标", "=100%"], grid.Row(2).Select(c => c.Text));
        Assert.Equal(["=100%"], grid.StartingIn(2).Select(c => c.Text));
    }

    [Fact]
    public void ContinueDown_GrowsTheCellAbove_AsWordVerticalMergeDoes()
    {
        var builder = new CellGridBuilder("t");
        builder.Add(0, 0, "产出指标", columnSpan: 2);
        builder.Add(0, 2, "a");
        Assert.True(builder.ContinueDown(1, 0));
        builder.Add(1, 2, "b");
        Assert.False(builder.ContinueDown(0, 5));

        var grid = builder.Build();

        var merged = grid.At(1, 1)!.Value;
        Assert.Equal(("产出指标", 2, 2), (merged.Text, merged.RowSpan, merged.ColumnSpan));
    }

    [Fact]
    public void NextFreeColumn_SkipsCellsSpanningDownFromAbove()
    {
        var builder = new CellGridBuilder("t");
        builder.Add(0, 0, "a", rowSpan: 2);
        builder.Add(0, 1, "b");

        Assert.Equal(1, builder.NextFreeColumn(1, 0));
    }

    [Fact]
    public void OverlappingCells_AreClipped_TheFirstKeepsThePosition()
    {
        var builder = new CellGridBuilder("t");
        builder.Add(0, 0, "a", rowSpan: 2, columnSpan: 2);
        builder.Add(1, 1, "dropped");
        builder.Add(0, 2, "c", rowSpan: 1, columnSpan: 1);

        var grid = builder.Build();

        Assert.Equal("a", grid.Text(1, 1));
        Assert.DoesNotContain(grid.Cells, c => c.Text == "dropped");
    }

    [Fact]
    public void RightOfAndBelow_FindNeighbours()
    {
        var builder = new CellGridBuilder("t");
        builder.Add(0, 0, "项目名称");
        builder.Add(0, 1, "");
        builder.Add(0, 2, "农村义务教育");
        builder.Add(1, 0, "中期目标");
        builder.Add(2, 0, "改善办学条件");
        var grid = builder.Build();

        Assert.Equal("农村义务教育", grid.RightOf(grid.At(0, 0)!.Value, 0)!.Value.Text);
        Assert.Equal("", grid.RightOf(grid.At(0, 0)!.Value, 0, skipEmpty: false)!.Value.Text);
        Assert.Equal("改善办学条件", grid.Below(grid.At(1, 0)!.Value)!.Value.Text);
    }
}
