using System.Text;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid.Sources;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>A table that prints 二级 names (数量指标 …) in its 一级指标 column and has no 三级 column (鄂州's form) is
/// read one level down; split over pages with its heading repeated, the decision is the table's, not each part's.</summary>
public class SplitTableLevelsTests
{
    private const string Heading = "<tr><td>一级指标</td><td>二级指标</td><td>指标值</td></tr>";

    [Fact]
    public void APartWhose一级CellsAreAllCarried_IsReadOneLevelDown_AsThePartBefore_AndEachRowGetsIts一级FromItsOwn二级()
    {
        // Part 2 holds one row whose 一级 cell is the merged 质量指标 going on from part 1 (empty in its grid); part 3
        // starts 满意度指标. Before: part 2 was read unshifted (its 二级 cell taken as 二级, the name lost) and part 3
        // took 一级 产出指标 from the part before.
        var html = $"""
            <html><body><p>2022年项目支出绩效目标表</p><p>单位：万元</p>
            <table><tr><td>项目名称</td><td colspan="2">职工技能培训</td></tr><tr><td>年度资金总额</td><td colspan="2">10</td></tr>
            {Heading}
            <tr><td>数量指标</td><td>完成培训人数</td><td>100人</td></tr>
            <tr><td>质量指标</td><td>培训合格率</td><td>≥95%</td></tr></table>
            <table>{Heading}<tr><td></td><td>培训及时率</td><td>100%</td></tr></table>
            <table>{Heading}<tr><td>满意度指标</td><td>参训人员满意度</td><td>≥90%</td></tr></table>
            </body></html>
            """;

        var result = Read(html);

        var p = Assert.Single(result.Document.Projects);
        Assert.Equal(
            [
                ("产出指标", "数量指标", "完成培训人数", "100人"),
                ("产出指标", "质量指标", "培训合格率", "≥95%"),
                ("产出指标", "质量指标", "培训及时率", "100%"),
                ("满意度指标", "满意度指标", "参训人员满意度", "≥90%"),
            ],
            p.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text)));
    }

    private static ReadResult Read(string html)
    {
        var options = new ReadOptions();
        return GoalDocumentReader.Read(HtmlGridReader.Read(Encoding.UTF8.GetBytes(html), options).Value!, options);
    }
}
