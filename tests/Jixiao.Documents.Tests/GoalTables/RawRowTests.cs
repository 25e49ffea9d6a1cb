using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid.Sources;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>A body row of a text table is placed by its first cell, its place made only when asked.</summary>
public class RawRowTests
{
    [Fact]
    public void RowOfATextTable_IsPlacedByItsFirstCellsLine()
    {
        var grid = TextGridReader.Read("标题\n\t一级指标\t二级指标\n\n\t产出指标\t数量指标\n", "t.txt").Grids.Single();
        var first = grid.StartingIn(1)[0];

        var row = new RawRow(["产出指标", "数量指标"], first);

        Assert.Equal(4, row.Line);
        Assert.Equal("第 4 行", row.Place);
        Assert.Same(row.Place, row.Place); // made once
        Assert.Equal(["产出指标", "数量指标"], row.Values);
        Assert.False(row.IsEmpty);
    }

    [Fact]
    public void RowOfFollowingCells_ReadsTheirTexts_AndIsPlacedByTheFirst()
    {
        var grid = TextGridReader.Read("标题\n\t一级指标\t二级指标\t指标值\n\n\t产出指标\t\t１００％\n", "t.txt").Grids.Single();
        var first = grid.StartingIn(1)[0];

        var row = new RawRow(first, 3);

        Assert.Equal(["产出指标", "", "１００％"], row.Values); // the cell texts as read
        Assert.Equal(3, row.Values.Count);
        Assert.Equal("１００％", row.Values[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => row.Values[3]);
        Assert.Equal((4, "第 4 行"), (row.Line, row.Place));
        Assert.False(row.IsEmpty);
    }

    [Fact]
    public void RowWithAGivenPlace_KeepsIt()
    {
        var row = new RawRow(["", ""], "B7", 0);

        Assert.Equal(("B7", 0), (row.Place, row.Line));
        Assert.True(row.IsEmpty);
    }
}
