using System.Text;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>Amounts written as label：value lines inside one cell of a table's head (「资金总额: 250」 over
/// 「一、预算资金:250」, 「二、自有资金:0」, 「三、其他:0」 as 湘潭 prints them, or 「财政资金：10万元 其他资金：2万元」 on one
/// line): each line whose label is an amount label is read under that label. Before, only the first amount was
/// read and the rest warned as a remark.</summary>
public class MoneyLinesTests
{
    private static string Table(string money) => $"""
        <html><body><p>2024年项目支出绩效目标表</p><p>单位：万元</p><table>
        <tr><td>项目名称</td><td colspan="3">乡村文化设施补助</td></tr>
        <tr><td>项目资金</td><td colspan="3">{money}</td></tr>
        <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
        <tr><td>产出指标</td><td>数量指标</td><td>补助文化室</td><td>12个</td></tr>
        </table></body></html>
        """;

    [Fact]
    public void LabelledLinesUnderTheTotal_AreEachReadUnderTheirLabel()
    {
        // 12.5 万元 = 125,000 元 = 12,500,000 分: 财政 10 + 自有 1.5 + 其他 1 (the two other parts summed: 2.5).
        var result = Read(Table("资金总额：12.5<br>一、预算资金：10<br>二、自有资金：1.5<br>三、其他：1"));

        var p = Assert.Single(result.Document.Projects);
        Assert.Equal(12_500_000L, p.Budget.Fen);
        Assert.Equal(10_000_000L, p.FiscalFunds!.Value.Fen);
        Assert.Equal(2_500_000L, p.OtherFunds!.Value.Fen);
        Assert.DoesNotContain(result.Problems, w => w.Message.Contains("只读取了开头的金额", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoLabelledAmountsOnOneLine_AreBothRead()
    {
        var result = Read(Table("财政资金：10万元 其他资金：2万元"));

        var p = Assert.Single(result.Document.Projects);
        Assert.Equal((10_000_000L, 2_000_000L), (p.FiscalFunds!.Value.Fen, p.OtherFunds!.Value.Fen));
    }

    [Fact]
    public void ARemarkThatIsNoAmountLabel_StaysARemark_AndIsWarned()
    {
        // 岳阳县's form: the parts in brackets after the total are a remark (no label：value line starts there).
        var result = Read(Table("年度资金总额：854万(高标准农田建设400万元，示范建设295万元)"));

        var p = Assert.Single(result.Document.Projects);
        Assert.Equal(Money.ParseWanYuan("854"), p.Budget);
        Assert.Null(p.FiscalFunds);
        Assert.Contains(result.Problems, w => w.Message.Contains("只读取了开头的金额", StringComparison.Ordinal));
    }

    private static ReadResult Read(string html)
    {
        var options = new ReadOptions();
        return GoalDocumentReader.Read(HtmlGridReader.Read(Encoding.UTF8.GetBytes(html), options).Value!, options);
    }
}
