using System.Text;
using Jixiao.Documents.PublishedText;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>
/// A row of an indicator table printed short in the published text layout — a merged cell printed once (满意度指标
/// merged across 一级/二级), a 指标值确定依据 left out — in the middle of the table. The text keeps no columns, so the
/// rows after it would be shifted; where the next row clearly starts (a level name under its level's heading) the short
/// row is padded there and the rows after it read as printed. Where nothing tells, the short row is named. The texts
/// are written for the test.
/// </summary>
public class ShortFlowRowTests
{
    private static readonly string[] Heading = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];

    private static readonly string[][] Before =
    [
        ["产出指标", "数量指标", "培训人次", "参加培训的人次", "≥100人次", "计划标准"],
    ];

    private static readonly string[][] After =
    [
        ["", "时效指标", "完成时间", "培训完成的时间", "12月底前", "计划标准"],
        ["效益指标", "社会效益指标", "干部能力提升", "参训干部履职能力", "明显提升", "历史标准"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "问卷调查的满意比例", "≥90%", "行业标准"],
    ];

    [Fact]
    public void BasisLeftOutInTheMiddle_RowsAfterItReadAsPrinted()
    {
        // 质量指标's row has 5 cells of 6: the next line of cells starts with an empty 一级 and 时效指标 under 二级指标.
        // Before, every row after it was shifted by one cell and the table was refused (最后一行不完整).
        var read = Read([.. Before, ["", "质量指标", "培训合格率", "考核合格的比例", "≥95%"], .. After]);

        Assert.Empty(read.Result.Errors);
        var indicators = Assert.Single(read.Result.Document.Projects).Indicators;
        Assert.Equal(
            [
                ("产出指标", "数量指标", "培训人次", "≥100人次", "计划标准"),
                ("产出指标", "质量指标", "培训合格率", "≥95%", ""),
                ("产出指标", "时效指标", "完成时间", "12月底前", "计划标准"),
                ("效益指标", "社会效益指标", "干部能力提升", "明显提升", "历史标准"),
                ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "行业标准"),
            ],
            indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text, i.TargetBasis)));
    }

    [Fact]
    public void Level1MergedAcrossLevel2_PrintedOnce_IsReadUnderItsHeadings_AndTheRowsAfter()
    {
        // 人均培训费用's row prints its 一级 merged across 一级/二级 once: 5 cells, the next starting with an empty 一级
        // and 时效指标 under 二级指标. The merged cell belongs to its first heading (an empty 二级), the rest to theirs.
        var read = Read([.. Before, ["产出指标", "培训成本", "人均培训费用", "≤800元", "计划标准"], .. After]);

        Assert.Empty(read.Result.Errors);
        var indicators = Assert.Single(read.Result.Document.Projects).Indicators;
        Assert.Equal(
            [
                ("培训成本", "≤800元", "计划标准"),
                ("完成时间", "12月底前", "计划标准"),
                ("干部能力提升", "明显提升", "历史标准"),
                ("参训人员满意度", "≥90%", "行业标准"),
            ],
            indicators.Skip(1).Select(i => (i.Name, i.Target.Text, i.TargetBasis)));
        Assert.Equal(
            ["数量指标", "", "时效指标", "社会效益指标", "服务对象满意度指标"],
            indicators.Select(i => i.Level2));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"], indicators.Select(i => i.Level1));
    }

    [Fact]
    public void ShortRowFollowedByARowThatDoesNotSayWhereItStarts_IsNamed()
    {
        // After the short row the next cells start with an empty 一级 and an empty 二级: it may be the short row's last
        // cell as well as a new row, so nothing is guessed and the short row is named, with what to do.
        var read = Read(
        [
            .. Before,
            ["", "质量指标", "培训合格率", "考核合格的比例", "≥95%"],
            ["", "", "结业证书发放率", "发放证书的比例", "100%", "计划标准"],
            .. After,
        ]);

        var error = Assert.Single(read.Result.Errors);
        Assert.Equal(LineOf(read.Text, "\t质量指标") - 1, error.Line); // the row's first cell: its empty 一级
        Assert.Equal(
            "指标表中一行只有 5 个单元格，应有 6 个（一级指标、二级指标、三级指标、绩效指标描述、指标值、指标值确定依据），其后各行因此错位，最后一行不完整。可能是合并单元格只写了一次或漏了一格：请在该行补齐空单元格后再导入。",
            error.Message);
    }

    [Fact]
    public void ShortLastRow_KeepsItsMessage_AfterARowSplitByAnEmptyParagraph()
    {
        // 质量指标's row is printed in two lines of cells (its 三级 cell ends in an empty paragraph, which the text layout
        // prints as a blank line): together they are a row, so it is the last row that is short and named.
        var read = Read([.. Before, ["", "质量指标", "培训合格率"], ["考核合格的比例", "≥95%", "计划标准"], .. After, ["", "", "培训满意度回访", "回访满意比例"]]);

        var error = Assert.Single(read.Result.Errors);
        Assert.StartsWith("指标表最后一行不完整：只有 4 个单元格，应有 6 个", error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(read.Text, "\t培训满意度回访") - 2, error.Line);
        Assert.Equal(
            ("质量指标", "培训合格率", "≥95%", "计划标准"),
            read.Result.Document.Projects.Single().Indicators.Select(i => (i.Level2, i.Name, i.Target.Text, i.TargetBasis)).ElementAt(1));
    }

    private static (ReadResult Result, string Text) Read(string[][] rows)
    {
        var text = new StringBuilder("""
            1.干部培训经费绩效目标表
            	501001区委组织部本级
            	单位：万元

            	项目编码
            	13010524P000401000011
            	项目名称
            	干部培训经费

            	预算规模及资金用途
            	预算数
            	8.00
            	其中：财政资金
            	8.00
            	其他资金
            	

            	
            	干部教育培训

            	绩效目标
            	1.完成干部培训100人次


            """ + "\n");
        foreach (var row in (string[][])[Heading, .. rows])
        {
            foreach (var cell in row)
            {
                text.Append('\t').Append(cell).Append('\n');
            }

            text.Append('\n');
        }

        var s = text.ToString();
        return (PublishedTextReader.Read(Encoding.UTF8.GetBytes(s), new ReadOptions { FileName = "短行.txt" }), s);
    }

    private static int LineOf(string text, string start) =>
        Array.FindIndex(text.Split('\n'), l => l.StartsWith(start, StringComparison.Ordinal)) + 1;
}
