using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Tests.Grid;

public class GridSearchTests
{
    private static readonly LabelSet Labels = LabelSet.FromJson("""
        { "Name": ["项目名称"], "Budget": ["年度资金总额"], "Fiscal": ["其中:财政拨款"], "LongTerm": ["中期目标"], "Annual": ["年度目标"] }
        """);

    private static CellGrid Form()
    {
        var b = new CellGridBuilder("申报表");
        b.Add(0, 0, "项目名称");
        b.Add(0, 1, "农村义务教育薄弱学校改造补助资金", columnSpan: 3);
        b.Add(1, 0, "资金情况（万元）", rowSpan: 2);
        b.Add(1, 1, "年度资金总额：16", columnSpan: 3);
        b.Add(2, 1, "其中：财政拨款");
        b.Add(2, 2, "");
        b.Add(2, 3, "");
        b.Add(3, 0, "总体目标", rowSpan: 2);
        b.Add(3, 1, "中期目标");
        b.Add(3, 2, "年度目标", columnSpan: 2);
        b.Add(4, 1, "提高义务教育均衡发展水平");
        b.Add(4, 2, "改善5所学校办学条件", columnSpan: 2);
        return b.Build();
    }

    [Fact]
    public void Labels_FindsPlainAndInlineLabels()
    {
        var found = GridSearch.Labels(Form(), Labels).ToList();

        Assert.Equal(["Name", "Budget", "Fiscal", "LongTerm", "Annual"], found.Select(l => l.Field));
        Assert.Equal("16", found[1].InlineValue);
    }

    [Fact]
    public void ValueOf_ReadsRightThenInlineThenBelow_AndNeverAnotherLabel()
    {
        var grid = Form();
        var labels = GridSearch.Labels(grid, Labels).ToDictionary(l => l.Field);
        bool IsLabel(GridCell c) => GridSearch.LabelOf(c, Labels) is not null;

        Assert.Equal("农村义务教育薄弱学校改造补助资金", GridSearch.ValueOf(grid, labels["Name"], IsLabel)!.Text);
        Assert.Equal("16", GridSearch.ValueOf(grid, labels["Budget"], IsLabel)!.Text);
        Assert.Null(GridSearch.ValueOf(grid, labels["Fiscal"], IsLabel));
        Assert.Equal("提高义务教育均衡发展水平", GridSearch.ValueOf(grid, labels["LongTerm"], IsLabel)!.Text);
        Assert.Equal("改善5所学校办学条件", GridSearch.ValueOf(grid, labels["Annual"], IsLabel)!.Text);
    }

    [Fact]
    public void ValueOf_ALabelMergedOverRowsOfItsOwnLabelValuePairs_IsThePairs_NotTheFirstSubLabel()
    {
        // "实施计划" over "组织实施单位 | 省文物局" and "监督管理单位 | 市文旅局": the labels to its right are labels
        // though the label set knows neither, so the value is the pairs, never "组织实施单位" alone.
        var b = new CellGridBuilder("申报表");
        b.Add(0, 0, "实施计划", rowSpan: 2);
        b.Add(0, 1, "组织实施单位");
        b.Add(0, 2, "省文物局");
        b.Add(1, 1, "监督管理单位");
        b.Add(1, 2, "市文旅局");
        b.Add(2, 0, "项目名称");
        b.Add(2, 1, "免费开放补助", columnSpan: 2);
        var grid = b.Build();
        var labels = LabelSet.FromJson("""{ "Plan": ["实施计划"], "Name": ["项目名称"] }""");
        var found = GridSearch.Labels(grid, labels).ToDictionary(l => l.Field);
        bool IsLabel(GridCell c) => GridSearch.LabelOf(c, labels) is not null;

        var plan = GridSearch.ValueOf(grid, found["Plan"], IsLabel)!;

        Assert.Equal("组织实施单位：省文物局\n监督管理单位：市文旅局", plan.Text);
        Assert.Equal((0, 1), (plan.Cell.Row, plan.Cell.Column));
        Assert.Equal("免费开放补助", GridSearch.ValueOf(grid, found["Name"], IsLabel)!.Text);
    }

    [Fact]
    public void ValueOf_ALabelMergedOverRowsOfOneText_IsThatText()
    {
        // Not pairs (the second row has one cell): the first cell right of the label, as before.
        var b = new CellGridBuilder("申报表");
        b.Add(0, 0, "实施计划", rowSpan: 2);
        b.Add(0, 1, "一季度招标", columnSpan: 2);
        b.Add(1, 1, "二季度施工", columnSpan: 2);
        var grid = b.Build();
        var labels = LabelSet.FromJson("""{ "Plan": ["实施计划"] }""");

        var plan = GridSearch.ValueOf(grid, GridSearch.Labels(grid, labels).Single(), c => GridSearch.LabelOf(c, labels) is not null);

        Assert.Equal("一季度招标", plan!.Text);
    }
}
