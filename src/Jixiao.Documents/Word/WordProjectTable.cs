using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Word;

/// <summary>
/// One 项目绩效目标表 as the official form lays it out: the unit line, then a table with 项目编码/项目名称, the
/// 预算规模及资金用途 block (预算数, 其中：财政资金, 其他资金 over 资金用途), the 资金支出计划（%） block (months over
/// percentages) and 绩效目标; then the indicator table with 一级/二级指标 merged down their rows.
/// </summary>
internal static class WordProjectTable
{
    /// <summary>Text width of A4 with the official margins (28 mm left, 26 mm right), in twips.</summary>
    public const int Width = 8844;

    private const int LabelWidth = 1700;
    private const int ValueWidth = Width - LabelWidth;

    /// <summary>Widths of 一级/二级/三级指标, 绩效指标描述, 指标值, 指标值确定依据; the text columns get the room.</summary>
    private static readonly int[] IndicatorWidths = [1250, 1450, 1700, 1800, 1300, 1344];

    /// <param name="first">The first table follows the 第二部分 heading on its page; every other starts a new page.</param>
    public static IEnumerable<OpenXmlElement> Build(BudgetProject project, string bookmark, int bookmarkId, bool first)
    {
        var title = WordParagraphs.Heading(WordStyles.TableTitle, $"{project.Sequence}.{project.ProjectName}绩效目标表", bookmark, bookmarkId);
        if (first)
        {
            title.ParagraphProperties!.Append(new PageBreakBefore { Val = false });
        }

        yield return title;
        yield return UnitLine(project);
        yield return HeaderTable(project);

        // Word needs a paragraph between two tables, or it joins them into one.
        yield return WordParagraphs.Styled(WordStyles.TableText, string.Empty);
        yield return IndicatorTable(project);
    }

    /// <summary>"222001纪律检查委员会本级" on the left, "单位：万元" on the right, above the table as in the form.</summary>
    private static Paragraph UnitLine(BudgetProject p)
    {
        var paragraph = WordParagraphs.Styled(WordStyles.TableText, p.UnitCode + p.UnitName);
        paragraph.ParagraphProperties!.Append(new KeepNext(), new Tabs(new TabStop { Val = TabStopValues.Right, Position = Width - 100 }));
        paragraph.Append(new Run(new TabChar()), WordParagraphs.TextRun("单位：" + p.MoneyUnit));
        return paragraph;
    }

    private static Table HeaderTable(BudgetProject p)
    {
        var grid = new GridTable();
        grid.Add(
            [
                GridCell.Label(TableLabels.ProjectCode, LabelWidth),
                new GridCell(p.ProjectCode, 3000),
                GridCell.Label(TableLabels.ProjectName, 1300),
                new GridCell(p.ProjectName, ValueWidth - 3000 - 1300),
            ]);
        grid.Add(
            [
                GridCell.Label(TableLabels.BudgetAndUse, LabelWidth) with { Merge = CellMerge.Start },
                GridCell.Label(TableLabels.Budget, 1000),
                Money(p.Budget, 1200),
                GridCell.Label("其中：财政资金", 1700),
                Money(p.FiscalFunds, 1200),
                GridCell.Label(TableLabels.OtherFunds, 1050),
                Money(p.OtherFunds, ValueWidth - 1000 - 1200 - 1700 - 1200 - 1050),
            ]);
        grid.Add([GridCell.Label(string.Empty, LabelWidth) with { Merge = CellMerge.Continue }, new GridCell(p.FundUse, ValueWidth)]);
        var months = p.SpendingPlan.Checkpoints;
        if (months.Count > 0)
        {
            var widths = Split(ValueWidth, months.Count);
            grid.Add(
                [
                    GridCell.Label(TableLabels.SpendingPlan, LabelWidth) with { Merge = CellMerge.Start },
                    .. months.Select((c, i) => GridCell.Label(c.Month + "月底", widths[i])),
                ]);
            grid.Add(
                [
                    GridCell.Label(string.Empty, LabelWidth) with { Merge = CellMerge.Continue },
                    .. months.Select((c, i) => GridCell.Label(TableValues.FormatPercent(c.CumulativePercent), widths[i])),
                ]);
        }

        grid.Add([GridCell.Label(TableLabels.Goals, LabelWidth), new GridCell(TableValues.FormatGoals(p.Goals), ValueWidth)]);
        return grid.Build();
    }

    private static Table IndicatorTable(BudgetProject p)
    {
        var grid = new GridTable();
        string[] headers = [TableLabels.Level1, TableLabels.Level2, TableLabels.Name, TableLabels.Description, TableLabels.Target, TableLabels.TargetBasis];
        grid.Add(headers.Select((h, i) => GridCell.Label(h, IndicatorWidths[i])), header: true);
        Indicator? previous = null;
        foreach (var row in p.Indicators)
        {
            // 一级指标 merges down its group; 二级指标 merges only inside the same 一级指标 group.
            var sameLevel1 = previous is not null && previous.Level1 == row.Level1;
            var sameLevel2 = sameLevel1 && previous!.Level2 == row.Level2;
            grid.Add(
                [
                    GridCell.Label(row.Level1, IndicatorWidths[0]) with { Merge = sameLevel1 ? CellMerge.Continue : CellMerge.Start },
                    GridCell.Label(row.Level2, IndicatorWidths[1]) with { Merge = sameLevel2 ? CellMerge.Continue : CellMerge.Start },
                    new GridCell(row.Name, IndicatorWidths[2]),
                    new GridCell(row.Description, IndicatorWidths[3]),
                    GridCell.Label(row.Target.Text, IndicatorWidths[4]),
                    new GridCell(row.TargetBasis, IndicatorWidths[5]),
                ]);
            previous = row;
        }

        return grid.Build();
    }

    private static GridCell Money(Money? value, int width) =>
        new(value?.ToWanYuanString() ?? string.Empty, width) { Align = JustificationValues.Right };

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> widths that add up exactly.</summary>
    private static int[] Split(int total, int parts)
    {
        var widths = Enumerable.Repeat(total / parts, parts).ToArray();
        widths[^1] += total - (widths[0] * parts);
        return widths;
    }
}
