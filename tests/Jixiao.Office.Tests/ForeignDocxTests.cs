using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents;
using Jixiao.Documents.Word;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Office.Tests;

/// <summary>
/// A .docx written by LibreOffice (converted from Fixtures/source/libreoffice-official-layout.html): merged cells as
/// gridSpan and vMerge="continue", cells with several paragraphs and line breaks, the unit line as a paragraph
/// above one table, and a project split into a header table and an indicator table.
/// </summary>
public class ForeignDocxTests
{
    private static readonly ReadResult Result = DocumentFiles.Read(TestFiles.Fixture("libreoffice-official-layout.docx"));

    [Fact]
    public void LibreOfficeDocx_ImportsWithoutProblems()
    {
        Assert.Empty(Result.Problems);
        Assert.Equal("示范县教育局2023年部门预算绩效文本", Result.Document.Title);
        Assert.Equal(2023, Result.Document.FiscalYear);
        Assert.Equal("130123", Result.Document.RegionCode);
        Assert.Equal("223", Result.Document.DepartmentCode);
    }

    [Fact]
    public void LibreOfficeDocx_ReadsPartOne()
    {
        var goals = Result.Document.DepartmentGoals;
        Assert.Equal("保障全县义务教育学校正常运转，提高教育教学质量。\n改善办学条件，促进教育公平。", goals.OverallGoal);
        Assert.Equal(["学校运转保障", "校舍维修"], goals.SubGoals.Select(s => s.Title));
        Assert.Equal("完成 5 所学校校舍维修。", goals.SubGoals[1].GoalText);
        Assert.Equal("严格执行招投标程序，加强工程监理。", goals.Safeguards[1].Text);
    }

    [Fact]
    public void LibreOfficeDocx_ReadsMergedHeaderBlock()
    {
        var p = Result.Document.Projects[0];
        Assert.Equal((1, "223001", "示范县教育局本级"), (p.Sequence, p.UnitCode, p.UnitName));
        Assert.Equal(("13012323P00123450001A", "义务教育学校公用经费"), (p.ProjectCode, p.ProjectName));
        Assert.Equal(Money.ParseWanYuan("1250.5"), p.Budget);
        Assert.Equal(Money.ParseWanYuan("1200"), p.FiscalFunds);
        Assert.Equal(Money.ParseWanYuan("50.5"), p.OtherFunds);
        Assert.Equal("用于全县 32 所义务教育学校的日常公用支出", p.FundUse);
        Assert.Equal([(3, 30m), (6, 60m), (9, 85m), (12, 100m)], p.SpendingPlan.Checkpoints.Select(c => (c.Month, c.CumulativePercent)));
        Assert.Equal(["保障学校正常运转", "生均公用经费按标准足额拨付"], p.Goals.Select(g => g.Text));
    }

    [Fact]
    public void LibreOfficeDocx_CarriesMergedLevelsDownTheirRows()
    {
        var first = Result.Document.Projects[0].Indicators;
        Assert.Equal(5, first.Count);
        Assert.Equal(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"], first.Select(i => i.Level1));
        Assert.Equal("教学秩序\n正常", first[3].Description);
        Assert.Equal("≥95%", first[2].Target.Text);

        var second = Result.Document.Projects[1];
        Assert.Equal(("223002", "示范县第一中学", 2), (second.UnitCode, second.UnitName, second.Sequence));
        Assert.Null(second.OtherFunds);
        Assert.Equal(["数量指标", "数量指标", "成本指标", "可持续影响指标", "服务对象满意度指标"], second.Indicators.Select(i => i.Level2));
        Assert.Equal("更换门窗数", second.Indicators[1].Name);
        Assert.Equal([(6, 40m), (12, 100m)], second.SpendingPlan.Checkpoints.Select(c => (c.Month, c.CumulativePercent)));
    }

    [Fact]
    public void DocxWithFormInsideALayoutTable_ReadsTheSameModel()
    {
        using var stream = new MemoryStream();
        stream.Write(WordWriter.Write(DepartmentText.Document));
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            // Some units paste the whole Part 2 into one big cell of a frame table.
            var body = package.MainDocumentPart!.Document!.Body!;
            var partTwo = body.Elements<W.Paragraph>().First(p => p.InnerText.StartsWith("第二部分", StringComparison.Ordinal));
            var moved = partTwo.ElementsAfter().Where(e => e is not W.SectionProperties).ToList();
            var cell = new W.TableCell();
            foreach (var element in moved)
            {
                element.Remove();
                cell.Append(element);
            }

            cell.Append(new W.Paragraph());
            partTwo.InsertAfterSelf(new W.Table(new W.TableRow(cell)));
            package.MainDocumentPart.Document.Save();
        }

        var result = WordReader.Read(stream.ToArray());

        Assert.Empty(result.Problems);
        Assert.Empty(DocumentComparer.Compare(DepartmentText.Document, result.Document));
    }
}
