using System.Text;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid.Sources;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>A list headed 序号 beside a goal table (the allocation table of a notice) is no project, while an indicator
/// table whose heading starts with 序号 is still read.</summary>
public class ListTableTests
{
    [Fact]
    public void AllocationList_BeforeTheGoalTable_IsNoProject()
    {
        var result = Read("""
            <html><body><p>附件1 资金安排表</p><table>
            <tr><td>序号</td><td>乡镇名称</td><td>项目名称</td><td>金额</td></tr>
            <tr><td>1</td><td>甲镇</td><td>甲村水圳修复</td><td>20</td></tr>
            <tr><td colspan="3">合计</td><td>20</td></tr>
            </table><p>附件2 2023年水利专项资金绩效目标表</p><table>
            <tr><td>项目名称</td><td colspan="3">水利专项资金</td></tr>
            <tr><td>资金情况（万元）</td><td>年度资金总额：</td><td colspan="2">20</td></tr>
            <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
            <tr><td>产出指标</td><td>数量指标</td><td>修复水圳</td><td>1处</td></tr>
            </table></body></html>
            """);

        Assert.False(result.HasErrors, string.Join("；", result.Errors));
        var project = Assert.Single(result.Document.Projects);
        Assert.Equal(("水利专项资金", "修复水圳", "1处"), (project.ProjectName, project.Indicators.Single().Name, project.Indicators.Single().Target.Text));
    }

    [Fact]
    public void IndicatorHeading_StartingWithANumberColumn_IsStillRead()
    {
        var result = Read("""
            <html><body><p>2023年培训项目支出绩效目标表</p><table>
            <tr><td>序号</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
            <tr><td>1</td><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥200人次</td></tr>
            </table></body></html>
            """);

        Assert.False(result.HasErrors, string.Join("；", result.Errors));
        var project = Assert.Single(result.Document.Projects);
        var indicator = Assert.Single(project.Indicators);
        // The name is taken from the title with its word 项目: "培训项目支出绩效目标表" names 培训项目, not 培训.
        Assert.Equal(("培训项目", "培训人次", "≥200人次"), (project.ProjectName, indicator.Name, indicator.Target.Text));
    }

    [Theory]
    [InlineData("2023年培训项目支出绩效目标表", "培训项目")]
    [InlineData("2019年度宁晋县高中助学金项目绩效评价指标表", "宁晋县高中助学金项目")]
    [InlineData("项目支出绩效目标表", "")]
    [InlineData("2023年部门项目支出绩效目标表", "")]
    public void NameFromTheTitle_KeepsTheWordProject_AndATitleOfTheKindAloneNamesNothing(string title, string name)
    {
        var result = Read($"""
            <html><body><p>{title}</p><table>
            <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
            <tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥200人次</td></tr>
            </table></body></html>
            """);

        Assert.Equal(name, Assert.Single(result.Document.Projects).ProjectName);
    }

    private static ReadResult Read(string html)
    {
        var options = new ReadOptions();
        return GoalDocumentReader.Read(HtmlGridReader.Read(Encoding.UTF8.GetBytes(html), options).Value!, options);
    }
}
