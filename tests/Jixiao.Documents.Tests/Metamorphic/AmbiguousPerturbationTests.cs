using Jixiao.Documents.FormReading;
using Jixiao.Documents.Grid;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Tests.Metamorphic;

/// <summary>
/// Perturbations that make a real table ambiguous, and the pieces of the readers the metamorphic tests rely on: a
/// unit line that contradicts the table's own unit is refused with both statements named (the user's unit decides);
/// a form cut by a page break is one table only when the second part repeats the heading; padded label words are
/// kept without their padding.
/// </summary>
public class AmbiguousPerturbationTests
{
    private const string Jingyan = "sichuan-jingyan-2023-matazhen.xlsx";

    /// <summary>Jingyan's list prints "金额单位:元" in its second row; a clerk's copy adds "单位：万元" above the table.
    /// 3309840 read in 万元 would be 33,098,400,000 元: the reader refuses instead of taking the first statement.</summary>
    [Fact]
    public void GoalTable_UnitLineContradictingTheTable_IsRefusedWithBothStatements()
    {
        var grid = Readings.Grid(Readings.GoalPath(Jingyan), Readings.GoalOptions(Jingyan));
        var perturbed = WithLineAbove(grid, "单位：万元");

        var read = Readings.ReadGoals(perturbed, Jingyan);

        var error = Assert.Single(read.Errors.DistinctBy(e => e.Message));
        Assert.Equal("表中金额单位前后不一：“单位：万元”写明万元，“金额单位:元”写明元，无法确定金额是元还是万元。请核对表格后改正，或导入时指定金额单位。", error.Message);
        Assert.Equal(Jingyan, error.File);
        Assert.Equal(("金额单位", 1), (error.Cell, error.TableNumber));
    }

    /// <summary>The same file with the unit given on import: 3309840 元 = 330.984 万元 = 330,984,000 fen, 660000 元 =
    /// 66,000,000 fen, as the fixture reads without the line.</summary>
    [Fact]
    public void GoalTable_UnitLineContradictingTheTable_ReadsInTheUnitTheUserGives()
    {
        var grid = WithLineAbove(Readings.Grid(Readings.GoalPath(Jingyan), Readings.GoalOptions(Jingyan)), "单位：万元");

        var read = Documents.GoalTables.GoalDocumentReader.Read(grid, new ReadOptions { FileName = Jingyan, MoneyUnit = "元" });

        Assert.False(read.HasErrors, string.Join("\n", read.Errors));
        Assert.Equal([330_984_000L, 66_000_000L], read.Document.Projects.Select(p => p.Budget.Fen));
        Assert.Equal(Money.ParseWanYuan("330.984"), read.Document.Projects[0].Budget);
    }

    /// <summary>Hainan's 自评表 prints "资金构成(元)"; a "单位：万元" line above it contradicts that: refused, both places named.</summary>
    [Fact]
    public void SelfEvaluation_UnitLineContradictingTheTable_IsRefusedWithBothPlaces()
    {
        const string file = "se13-hainan-nongken-2023.html";
        var grid = WithLineAbove(Readings.Grid(Readings.EvaluationPath(file), new ReadOptions()), "单位：万元");

        var read = Readings.ReadEvaluation(grid, file);

        Assert.Null(read.Value);
        var error = Assert.Single(read.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("表内金额单位前后不一：元（“资金构成(元)”，第 5 行第 1 列）；万元（“单位：万元”，第 1 段）。请核对表格，或用“金额单位”指定本表金额的单位后再导入。", error.Message);
        Assert.Equal(("第 1 个表格", file), (error.TableName, error.File));
    }

    /// <summary>Two tables one after the other whose second does not start with a row of the first (another form, a
    /// table of notes) stay two tables.</summary>
    [Fact]
    public void TableContinuation_WithoutTheHeadingRepeated_DoesNotJoin()
    {
        var first = Grid("第 1 个表格", ["一级指标", "二级指标", "三级指标"], ["产出指标", "数量指标", "培训人次"]);
        var repeated = Grid("第 2 个表格", ["一级指标", "二级指标", "三级指标"], ["效益指标", "社会效益指标", "知晓率"]);
        var other = Grid("第 2 个表格", ["项目名称", "实施单位", "主管部门"], ["效益指标", "社会效益指标", "知晓率"]);

        var joined = TableContinuation.Join(first, repeated);

        Assert.Null(TableContinuation.Join(first, other));
        Assert.NotNull(joined);
        Assert.Equal(3, joined.RowCount);
        Assert.Equal(("知晓率", "第 2 个表格第 2 行第 3 列"), (joined.At(2, 2)!.Value.Text, joined.At(2, 2)!.Value.Place));
    }

    [Theory]
    [InlineData("其中：单 位 资 金", "其中：单位资金")]
    [InlineData("\u00A0当年\u00A0财政拨款\u00A0", "当年财政拨款")]
    [InlineData("财政专户 管理资金", "财政专户管理资金")]
    [InlineData("其中:上年结转\n资金", "其中:上年结转资金")]
    [InlineData("PM  2.5 达标率", "PM 2.5达标率")]
    public void Compact_DropsThePaddingOfChineseWords_AndKeepsOneSpaceBetweenLatinOnes(string text, string compact) =>
        Assert.Equal(compact, GridText.Compact(text));

    private static GridDocument WithLineAbove(GridDocument document, string line) =>
        new(document.FileName, document.Source, [GridBlock.Line(line, "第 1 段", 1), .. document.Blocks]);

    private static CellGrid Grid(string name, params string[][] rows)
    {
        var builder = new CellGridBuilder(name);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                builder.Add(r, c, rows[r][c], place: GridRewrite.Place(GridSource.Word, r, c));
            }
        }

        return builder.Build();
    }
}
