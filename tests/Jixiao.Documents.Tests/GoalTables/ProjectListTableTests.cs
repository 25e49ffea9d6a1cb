using System.Text;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>The list form (one table of all a department's projects, the project's columns before the indicator
/// columns) is read project by project; an amount column's heading beside a total is no amount.</summary>
public class ProjectListTableTests
{
    private const string Heading = "<tr><td>单位名称</td><td>项目名称</td><td>预算数</td><td>年度目标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>";

    [Fact]
    public void ListTable_MergedProjectCells_GiveOneProjectEach_WithTheirAmountsInYuan()
    {
        var result = Read($"""
            <html><body><table>
            <tr><td colspan="8">2024年部门预算项目绩效目标表</td></tr>
            <tr><td colspan="8">金额单位:元</td></tr>
            {Heading}
            <tr><td>101-甲部门</td><td></td><td>1,250,000.00</td><td colspan="5"></td></tr>
            <tr><td rowspan="3">101001-甲单位</td><td rowspan="2">道路养护</td><td rowspan="2">1,234,567.89</td><td rowspan="2">养护道路</td><td>产出指标</td><td>数量指标</td><td>养护里程</td><td>≥12公里</td></tr>
            <tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td></tr>
            <tr><td>路灯维护</td><td>15,432.11</td><td>亮灯</td><td>产出指标</td><td>质量指标</td><td>亮灯率</td><td>≥98%</td></tr>
            </table></body></html>
            """);

        Assert.False(result.HasErrors, string.Join("；", result.Errors));
        Assert.Equal(["道路养护", "路灯维护"], result.Document.Projects.Select(p => p.ProjectName));
        // 1,234,567.89 元 = 123.456789 万元; 15,432.11 元 = 1.543211 万元: exact, nothing rounded.
        Assert.Equal([Money.ParseWanYuan("123.456789"), Money.ParseWanYuan("1.543211")], result.Document.Projects.Select(p => p.Budget));
        Assert.Equal([2, 1], result.Document.Projects.Select(p => p.Indicators.Count));
        Assert.Equal(["养护里程", "群众满意度"], result.Document.Projects[0].Indicators.Select(i => i.Name));
        Assert.All(result.Document.Projects, p => Assert.Equal(("101001", "甲单位"), (p.UnitCode, p.UnitName)));
        Assert.Equal(("养护道路", 2024), (Assert.Single(result.Document.Projects[0].Goals).Text, result.Document.FiscalYear));
    }

    [Fact]
    public void ListTable_WithoutAMoneyUnit_StopsWithAMessage_AndReadsWithTheUnitGiven()
    {
        const string html = $"""
            <html><body><table>
            {Heading}
            <tr><td>甲单位</td><td>道路养护</td><td>1,234,567.89</td><td>养护道路</td><td>产出指标</td><td>数量指标</td><td>养护里程</td><td>≥12公里</td></tr>
            </table></body></html>
            """;

        var error = Assert.Single(Read(html).Errors);
        Assert.Contains("没有单位", error.Message, StringComparison.Ordinal);
        Assert.Equal(Money.ParseWanYuan("123.456789"), Assert.Single(Read(html, "元").Document.Projects).Budget);
    }

    [Fact]
    public void AmountColumnHeading_BesideTheTotal_IsNoAmount_ItsUnitIsTheTables()
    {
        var result = Read("""
            <html><body><table>
            <tr><td>项目名称</td><td colspan="2">特困家庭扶助</td></tr>
            <tr><td rowspan="2">项目资金</td><td>年度资金总额</td><td>金额(元)</td></tr>
            <tr><td>(一)财政拨款小计</td><td>63,000.00</td></tr>
            <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
            <tr><td>产出指标</td><td>数量指标</td><td>扶助人数</td><td>63人</td></tr>
            </table></body></html>
            """);

        Assert.False(result.HasErrors, string.Join("；", result.Errors));
        var p = Assert.Single(result.Document.Projects);
        // The heading's unit is the table's: 63,000.00 元 = 6.3 万元. The total is not printed: asked for, not summed.
        Assert.Equal((Money.Zero, Money.ParseWanYuan("6.3")), (p.Budget, p.FiscalFunds!.Value));
        Assert.Contains(result.Problems, w => w.Message.Contains("没有找到预算金额", StringComparison.Ordinal));
    }

    private static ReadResult Read(string html, string? moneyUnit = null)
    {
        var options = new ReadOptions { MoneyUnit = moneyUnit };
        return GoalDocumentReader.Read(HtmlGridReader.Read(Encoding.UTF8.GetBytes(html), options).Value!, options);
    }
}
