using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Domain.Taxonomy;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>
/// Property tests over generated goal tables: whatever the column order, the heading words (any synonym of the
/// data), the way 一级/二级指标 are merged (spanning, repeated, or left blank below), a side label, and a Word table
/// split over a page break with or without its heading repeated, the reader gives back every row as generated.
/// Each case is drawn from a fixed seed, so a failure names the seed that reproduces it.
/// </summary>
public class GeneratedVariantTests
{
    private static readonly string[] Targets = ["≥95%", "100%", "=10个", "≤5万元", "按时完成", "≥1200人次", "≥90%", "12月底前"];
    private static readonly GoalColumn[] Optional = [GoalColumn.Description, GoalColumn.TargetBasis, GoalColumn.Weight, GoalColumn.Extra];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void GeneratedTable_AsHtml_ReadsBackEveryRow(int seed)
    {
        var (table, rows, _) = Generate(new Random(seed));
        var read = GoalDocumentReader.Read(HtmlGridReader.Read(System.Text.Encoding.UTF8.GetBytes(table.Html()), new ReadOptions()).Value!, new ReadOptions { MoneyUnit = "万元" });

        AssertRows(seed, rows, read);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void GeneratedTable_AsWordSplitOverAPage_ReadsBackEveryRow(int seed)
    {
        var random = new Random(seed);
        var (table, rows, header) = Generate(random);
        var split = header + 1 + random.Next(1, rows.Count);
        var docx = table.Docx(split < table.Rows.Count ? split : null, random.Next(2) == 0 ? header : null);
        var read = GoalDocumentReader.Read(WordGridReader.Read(docx, new ReadOptions()).Value!, new ReadOptions { MoneyUnit = "万元" });

        AssertRows(seed, rows, read);
    }

    /// <summary>The Word table as the extraction tool writes it (<see cref="PublishedTextRenderer"/>), split over a page
    /// as in the Word theory: merged cells become empty cells or one cell, the heading may be repeated after the break.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void GeneratedTable_AsPublishedText_ReadsBackEveryRow(int seed)
    {
        var random = new Random(seed);
        var (table, rows, header) = Generate(random);
        var split = header + 1 + random.Next(1, rows.Count);
        var docx = table.Docx(split < table.Rows.Count ? split : null, random.Next(2) == 0 ? header : null);
        var text = PublishedTextRenderer.Docx(docx);
        var read = Jixiao.Documents.PublishedText.PublishedTextReader.Read(text, new ReadOptions { MoneyUnit = "万元", FileName = "generated.txt" });

        AssertRows(seed, rows, read);
    }

    private static void AssertRows(int seed, List<Expected> rows, ReadResult read)
    {
        Assert.False(read.HasErrors, $"seed {seed}: {string.Join("；", read.Errors)}");
        var project = Assert.Single(read.Document.Projects);
        Assert.Equal(rows.Count, project.Indicators.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var actual = project.Indicators[i];
            var expected = rows[i];
            Assert.True(
                (expected.Level1, expected.Level2, expected.Name, expected.Target, expected.Basis, expected.Weight)
                == (actual.Level1, actual.Level2, actual.Name, actual.Target.Text, expected.Basis.Length > 0 ? actual.TargetBasis : "", expected.Weight is null ? null : actual.Weight),
                $"seed {seed}, row {i + 1}: expected {expected}, read {actual.Level1}/{actual.Level2}/{actual.Name}/{actual.Target.Text}/{actual.TargetBasis}/{actual.Weight}");
        }

        Assert.Equal(12.5m, project.Budget.WanYuan);
    }

    /// <summary>A table of 3–9 rows: the head (name, amount), then the heading, then the rows.</summary>
    private static (TableRenderer Table, List<Expected> Rows, int Header) Generate(Random random)
    {
        var profile = TaxonomyProfile.A;
        var count = random.Next(3, 10);
        var rows = new List<Expected>();
        foreach (var i in Enumerable.Range(0, count))
        {
            var l1 = profile.Level1[Math.Min(profile.Level1.Count - 1, i * profile.Level1.Count / count)];
            var l2 = l1.Level2[random.Next(l1.Level2.Count)];
            rows.Add(new Expected(l1.Name, l2, $"第{i + 1}项指标", Targets[random.Next(Targets.Length)], $"计划标准{i}", random.Next(1, 5) * 5m));
        }

        // Rows of one 一级/二级 pair stay together, as forms print them.
        rows = [.. rows.OrderBy(r => profile.Level1.ToList().FindIndex(l => l.Name == r.Level1)).ThenBy(r => r.Level2, StringComparer.Ordinal)];
        var columns = new List<GoalColumn> { GoalColumn.Level1, GoalColumn.Level2, GoalColumn.Name, GoalColumn.Target };
        columns.AddRange(Optional.Where(_ => random.Next(2) == 0));
        columns = [.. columns.OrderBy(_ => random.Next())];
        var merge = random.Next(3); // 0 merged cells, 1 repeated on every row, 2 blank below the first
        var side = random.Next(2) == 0;
        var withBasis = columns.Contains(GoalColumn.TargetBasis);
        var withWeight = columns.Contains(GoalColumn.Weight);
        rows = [.. rows.Select(r => r with { Basis = withBasis ? r.Basis : "", Weight = withWeight ? r.Weight : null })];

        var table = new TableRenderer();
        if (random.Next(2) == 0)
        {
            table.LinesAbove.Add($"项目支出绩效目标表（{2020 + random.Next(5)}年度）");
        }

        var width = columns.Count + (side ? 1 : 0);
        table.Rows.Add([new RenderCell(Pick(random, "ProjectName", GoalVocabulary.Labels)), new RenderCell("示范项目", 1, width - 1), .. Covered(width - 2)]);
        table.Rows.Add([new RenderCell("资金情况（万元）"), new RenderCell("年度资金总额：12.5", 1, width - 1), .. Covered(width - 2)]);
        var header = table.Rows.Count;
        var heading = new List<RenderCell>();
        if (side)
        {
            heading.Add(new RenderCell("绩效指标", rows.Count + 1));
        }

        heading.AddRange(columns.Select(c => new RenderCell(Pick(random, c.ToString(), GoalVocabulary.Columns))));
        table.Rows.Add(heading);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = new List<RenderCell>();
            if (side)
            {
                row.Add(RenderCell.Below(1));
            }

            foreach (var column in columns)
            {
                row.Add(Cell(rows, i, column, merge));
            }

            table.Rows.Add(row);
        }

        return (table, rows, header);
    }

    private static RenderCell Cell(List<Expected> rows, int i, GoalColumn column, int merge)
    {
        var r = rows[i];
        switch (column)
        {
            case GoalColumn.Level1 or GoalColumn.Level2:
                string Key(Expected e) => column == GoalColumn.Level1 ? e.Level1 : e.Level1 + "/" + e.Level2;
                var text = column == GoalColumn.Level1 ? r.Level1 : r.Level2;
                var first = i == 0 || Key(rows[i - 1]) != Key(r);
                if (merge == 1 || (first && merge == 2))
                {
                    return new RenderCell(text);
                }

                if (merge == 2)
                {
                    return new RenderCell(string.Empty);
                }

                if (!first)
                {
                    return RenderCell.Below(1);
                }

                return new RenderCell(text, rows.Skip(i).TakeWhile(e => Key(e) == Key(r)).Count());
            case GoalColumn.Name:
                return new RenderCell(r.Name);
            case GoalColumn.Target:
                return new RenderCell(r.Target);
            case GoalColumn.Description:
                return new RenderCell($"反映{r.Name}情况");
            case GoalColumn.TargetBasis:
                return new RenderCell(r.Basis);
            case GoalColumn.Weight:
                return new RenderCell(r.Weight!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            default:
                return new RenderCell("备注");
        }
    }

    private static IEnumerable<RenderCell> Covered(int count) => Enumerable.Range(0, Math.Max(0, count)).Select(_ => new RenderCell(string.Empty) { Covered = true });

    /// <summary>Any synonym the data lists for a field, except those that need the table around them to be read
    /// as that field (a qualified 中期/长期 form, a single character).</summary>
    private static string Pick(Random random, string field, Jixiao.Documents.Grid.LabelSet labels)
    {
        var choices = labels.LabelsOf(field)
            .Where(l => l.Length > 1 && !l.Contains('{', StringComparison.Ordinal) && labels.Match(l)?.Field == field)
            .ToList();
        return choices[random.Next(choices.Count)];
    }

    private sealed record Expected(string Level1, string Level2, string Name, string Target, string Basis, decimal? Weight);
}
