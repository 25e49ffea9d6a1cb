using System.Text;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>Fiscal funds printed as parts by the level that pays them (中央补助安排, 省级财政安排, 市级财政安排,
/// 县级财政安排 — the FiscalPart labels of Data/labels.json): summed exactly into 财政资金 when no total is printed;
/// a printed total that disagrees with its parts is kept as printed and warned, naming the cells and figures.</summary>
public class FiscalPartsTests
{
    private static string Table(string amounts) => $"""
        <html><body><p>2023年项目支出绩效目标表</p><p>单位：万元</p><table>
        <tr><td>项目名称</td><td colspan="7">乡村文化设施补助</td></tr>
        {amounts}
        <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
        <tr><td>产出指标</td><td>数量指标</td><td>补助文化室</td><td>12个</td></tr>
        </table></body></html>
        """;

    [Fact]
    public void Parts_WithoutATotal_AreSummedExactly()
    {
        // 12.35 + 30.4 + 7.25 + 0.003 = 50.003 万元 (50,030 元), the budget 60.003 with 其他资金 10.
        var result = Read(Table("""
            <tr><td>预算数</td><td>60.003</td><td>中央补助安排</td><td>12.35</td><td>省级财政安排</td><td>30.4</td><td>其他资金</td><td>10</td></tr>
            <tr><td>市级财政安排</td><td>7.25</td><td>县级财政安排</td><td>0.003</td></tr>
            """));

        var p = Assert.Single(result.Document.Projects);
        Assert.Equal(Money.ParseWanYuan("50.003"), p.FiscalFunds!.Value);
        Assert.Equal(p.Budget, p.FiscalFunds.Value + p.OtherFunds!.Value);
        Assert.DoesNotContain(result.Problems, w => w.Message.Contains("分项", StringComparison.Ordinal));
    }

    [Fact]
    public void APrintedTotal_ThatDisagreesWithItsParts_IsKept_AndWarnedWithTheCellsAndFigures()
    {
        var result = Read(Table("""
            <tr><td>预算数</td><td>50</td><td>财政拨款</td><td>45</td><td>其他资金</td><td>5</td></tr>
            <tr><td>中央补助安排</td><td>20</td><td>省级财政安排</td><td>15.5</td><td>市级财政安排</td><td>8</td></tr>
            """));

        var p = Assert.Single(result.Document.Projects);
        Assert.Equal(Money.ParseWanYuan("45"), p.FiscalFunds!.Value); // as printed, not replaced by 43.50
        var warning = Assert.Single(result.Problems, w => w.Message.Contains("分项之和不符", StringComparison.Ordinal));
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        // Places count the table's rows (项目名称 is row 1).
        Assert.Contains("财政拨款 45.00 万元（第 2 行第 4 列）与其分项之和不符：中央补助安排 20.00 万元（第 3 行第 2 列）"
            + " + 省级财政安排 15.50 万元（第 3 行第 4 列） + 市级财政安排 8.00 万元（第 3 行第 6 列） = 43.50 万元", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APrintedTotal_ThatAgreesWithItsParts_IsQuiet()
    {
        var result = Read(Table("""
            <tr><td>预算数</td><td>50</td><td>财政拨款</td><td>45</td><td>其他资金</td><td>5</td></tr>
            <tr><td>中央补助安排</td><td>20</td><td>省级财政安排</td><td>25</td></tr>
            """));

        Assert.Equal(Money.ParseWanYuan("45"), Assert.Single(result.Document.Projects).FiscalFunds!.Value);
        Assert.DoesNotContain(result.Problems, w => w.Message.Contains("分项", StringComparison.Ordinal));
    }

    [Fact]
    public void Jiayuguan_CentralAndProvincialParts_OfZero_GiveFiscalFundsZero()
    {
        // 项目总投资 20万元 | 中央补助安排 0 | 省级财政安排 0 | 其他资金 20万元; 预算申报数 20万元: 0 + 0 = 0, and the
        // budget 20 = 0 + 20 (before, 财政资金 was not read at all). A bare "0" is nothing in any unit.
        var p = Assert.Single(CorpusTests.Read("gansu-jiayuguan-2023-bowuguan.docx").Document.Projects);

        Assert.Equal((Money.Zero, Money.ParseWanYuan("20"), Money.ParseWanYuan("20")), (p.FiscalFunds!.Value, p.OtherFunds!.Value, p.Budget));
    }

    private static ReadResult Read(string html)
    {
        var options = new ReadOptions();
        return GoalDocumentReader.Read(HtmlGridReader.Read(Encoding.UTF8.GetBytes(html), options).Value!, options);
    }
}
