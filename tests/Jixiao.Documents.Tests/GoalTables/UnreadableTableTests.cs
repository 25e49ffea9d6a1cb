using System.Text;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Grid.Sources;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>A table the reader cannot map says where it is, which heading it did not know and what it expected; the
/// user's correction (or a saved layout) makes the same file read.</summary>
public class UnreadableTableTests
{
    private const string Html = """
        <html><body><p>项目支出绩效目标表（2023年度）</p><table>
        <tr><td>项目名称</td><td colspan="3">示范项目</td></tr>
        <tr><td>资金情况（万元）</td><td>年度资金总额：</td><td colspan="2">20</td></tr>
        <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>考核目标</td></tr>
        <tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥200人次</td></tr>
        </table></body></html>
        """;

    [Fact]
    public void UnknownValueHeading_NamesTableRowCellTheHeadingAndWhatWasExpected()
    {
        var result = Read(new ReadOptions { FileName = "申报表.html" });

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "示范项目", "第 3 行第 1 列"), (error.TableNumber, error.TableName, error.Cell));
        Assert.Contains("未识别的表头“考核目标”", error.Message, StringComparison.Ordinal);
        Assert.Contains("指标值、年度指标值、指标目标值", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("截断", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("错误（文件 申报表.html，第 1 张表《示范项目》", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UserCorrection_ReadsTheSameTable()
    {
        var overrides = new Dictionary<string, GoalColumn> { [GridText.Key("考核目标")] = GoalColumn.Target };

        var result = Read(new ReadOptions { ColumnOverrides = overrides, LayoutName = "示范县申报表" });

        Assert.False(result.HasErrors, string.Join("；", result.Errors));
        Assert.Equal("≥200人次", Assert.Single(Assert.Single(result.Document.Projects).Indicators).Target.Text);
        var column = Assert.Single(result.Mapping.Tables[0].Columns, c => c.Header == "考核目标");
        Assert.Equal((GoalColumn.Target, 1.0), (column.Column, column.Confidence));
        Assert.Contains("示范县申报表", column.How, StringComparison.Ordinal);
    }

    [Fact]
    public void MappingReportText_ListsEveryColumnWithItsReading()
    {
        var text = MappingReportText.Format(Read(new ReadOptions()).Mapping);

        Assert.Contains("[读入] 一级指标 → 一级指标，100%，表头同义词", text, StringComparison.Ordinal);
        Assert.Contains("[保留] 考核目标 → 其他（保留），0%，未识别的表头", text, StringComparison.Ordinal);
        Assert.Contains("年度资金总额 → 预算数：20", text, StringComparison.Ordinal);
    }

    private static ReadResult Read(ReadOptions options) =>
        GoalDocumentReader.Read(HtmlGridReader.Read(Encoding.UTF8.GetBytes(Html), options).Value!, options);
}
