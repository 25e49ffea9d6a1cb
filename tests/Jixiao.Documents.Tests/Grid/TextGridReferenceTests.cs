using System.Text.RegularExpressions;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Documents.PublishedText;

namespace Jixiao.Documents.Tests.Grid;

/// <summary>
/// The text grid is read in one pass over spans and built without <see cref="CellGridBuilder"/> (for speed). These
/// tests hold it to the reader it replaced — every line made a string, split into a list, cells placed through the
/// builder — kept here as the reference: same blocks, same cells, same texts, places and lines, on every text fixture
/// and on lines that test the corners (stray tabs, padding, bookmarks, a cell's further paragraphs, blank lines).
/// </summary>
public partial class TextGridReferenceTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EveryFixture_GivesTheGridOfTheReferenceReader(string path)
    {
        var text = TextDecoding.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, path)));

        AssertSameGrid(Reference(text), TextGridReader.Read(text, "f.txt", GoalDocumentReader.IsHeading));
    }

    [Fact]
    public void WrittenDocuments_GiveTheGridOfTheReferenceReader()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt"))
        {
            var read = PublishedTextReader.ReadFile(path);
            if (read.Document.Projects.Count == 0)
            {
                continue;
            }

            var text = PublishedTextWriter.Write(read.Document);
            AssertSameGrid(Reference(text), TextGridReader.Read(text, "f.txt", GoalDocumentReader.IsHeading));
        }
    }

    [Fact]
    public void CornerLines_GiveTheGridOfTheReferenceReader()
    {
        const string text = "  部门预算绩效文本  \r\n\r\n第二部分 预算项目绩效目标\n1.测试项目绩效目标表\n\t项目名称\t测试项目\t\t\n  \t项目编码\u3000\t 123 \n\n"
            + "\t一级指标\t二级指标\n\t三级指标[bookmark: _Toc1]\t指标值\n继续的段落\n\n\t\n　　\n\t产出指标\t数量指标\t完成率\t≥９５％\n第二段\n\n第三段\n"
            + "2.另一项目绩效目标表\n\t项目名称\t另一项目\n\u00A0\t末尾\t";

        AssertSameGrid(Reference(text), TextGridReader.Read(text, "f.txt", GoalDocumentReader.IsHeading));
    }

    [Fact]
    public void TextAfterTwoBlankLines_EndsTheTableAfterACompleteRow_AndGoesOnAShortRowsLastCell()
    {
        // Row 2 is short (2 of 3 cells) when "个别帮扶的" comes: a further paragraph after empty ones. Row 3 is complete
        // when "注：…" comes: a note under the table, a line of its own (before, it went on the last cell's value).
        const string text = "\t一级指标\t二级指标\t指标值\n\n\t产出指标\t参加集中教育\n\n\n个别帮扶的\n\t≥80人\n\n"
            + "\t效益指标\t满意度\t≥90%\n\n\n注：各地可自行增加指标。\n";

        var actual = TextGridReader.Read(text, "f.txt", GoalDocumentReader.IsHeading);

        AssertSameGrid(Reference(text), actual);
        Assert.Equal([true, false], actual.Blocks.Select(b => b.IsGrid));
        Assert.Equal("注：各地可自行增加指标。", actual.Blocks[1].Text);
        Assert.Equal(["一级指标", "二级指标", "指标值", "产出指标", "参加集中教育\n个别帮扶的", "≥80人", "效益指标", "满意度", "≥90%"],
            actual.Blocks[0].Grid!.Cells.Select(c => c.Text));
    }

    [Fact]
    public void CellTexts_MadeFromPlacesInTheText_AreTheReferenceReadersTexts()
    {
        // Short texts repeated across tables (made once per read), traditional characters in short and long cells, a
        // cell longer than the short ones, a vertical tab inside a cell, a bookmark on a line of repeated texts.
        const string text = "1.甲项目绩效目标表\n\t一级指标\t二级指标\t指标值\n\n\t產出指標\t数量指标\t≥95%\n\n"
            + "\t效益指标\t这是一个超过十六个字的很长的三级指标名称用来检验\t績效目標說明超過十六個字的長文字內容在這裡\n\n"
            + "\t满意度\t第一行\v第二行\t100%\n"
            + "2.乙项目绩效目标表\n\t一级指标\t二级指标[bookmark: _Toc2]\t指标值\n\n\t产出指标\t数量指标\t≥95%\n";

        var actual = TextGridReader.Read(text, "f.txt", GoalDocumentReader.IsHeading);

        AssertSameGrid(Reference(text), actual);
        var cells = actual.Blocks.Where(b => b.IsGrid).SelectMany(b => b.Grid!.Cells).Select(c => c.Text).ToList();
        Assert.Contains("产出指标", cells);
        Assert.Contains(TraditionalChinese.Fold("績效目標說明超過十六個字的長文字內容在這裡"), cells);
        Assert.DoesNotContain("績效目標說明超過十六個字的長文字內容在這裡", cells);
        Assert.Contains("第一行\n第二行", cells);
    }

    private static void AssertSameGrid(GridDocument expected, GridDocument actual)
    {
        Assert.Equal(expected.Blocks.Count, actual.Blocks.Count);
        for (var i = 0; i < expected.Blocks.Count; i++)
        {
            var (e, a) = (expected.Blocks[i], actual.Blocks[i]);
            Assert.Equal((e.Text, e.Place, e.Number, e.Style, e.IsGrid), (a.Text, a.Place, a.Number, a.Style, a.IsGrid));
            if (e.Grid is null)
            {
                continue;
            }

            Assert.Equal((e.Grid.Name, e.Grid.RowCount, e.Grid.ColumnCount, e.Grid.IsFlow), (a.Grid!.Name, a.Grid.RowCount, a.Grid.ColumnCount, a.Grid.IsFlow));
            Assert.Equal(e.Grid.Cells, a.Grid.Cells);
            for (var row = 0; row < e.Grid.RowCount; row++)
            {
                Assert.Equal(e.Grid.StartingIn(row), a.Grid.StartingIn(row));
                Assert.Equal(e.Grid.Row(row), a.Grid.Row(row));
            }
        }
    }

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    /// <summary>The reader as it was: a list of cleaned lines, then cells placed through the builder.</summary>
    private static GridDocument Reference(string text)
    {
        var lines = new List<(int Number, string Text, bool IsCell, string[] Cells)>();
        var number = 0;
        foreach (var range in text.AsSpan().EnumerateLines())
        {
            number++;
            var raw = range.ToString();
            var line = raw.Contains("[bookmark:", StringComparison.Ordinal) ? Bookmark().Replace(raw, string.Empty) : raw;
            var start = 0;
            while (start < line.Length && line[start] is ' ' or '\u3000' or '\u00A0')
            {
                start++;
            }

            if (start >= line.Length || line[start] != '\t')
            {
                lines.Add((number, line.Trim(), false, []));
                continue;
            }

            var cells = line[(start + 1)..].TrimEnd().Split('\t').Select(c => c.Trim()).ToArray();
            lines.Add((number, string.Join('\t', cells), true, cells));
        }

        var blocks = new List<GridBlock>();
        var tables = 0;
        CellGridBuilder? table = null;
        var (row, column) = (0, 0);
        List<string>? lastCell = null;
        var pending = new List<(int Row, int Column, int Line, List<string> Text)>();
        var blankBefore = false;

        void Flush()
        {
            if (table is null)
            {
                return;
            }

            foreach (var (r, c, l, parts) in pending)
            {
                table.Add(r, c, string.Join('\n', parts), place: $"第 {l} 行", line: l);
            }

            blocks.Add(GridBlock.Table(table.Build()));
            pending.Clear();
            table = null;
            lastCell = null;
        }

        // After two blank lines (the row's end and the table's) a line of text goes on the last cell only when the last
        // row is short of the row before it; after a complete row it is a paragraph after the table.
        bool AfterTable(int i)
        {
            if (i < 2 || lines[i - 1].IsCell || lines[i - 1].Text.Length > 0 || lines[i - 2].IsCell || lines[i - 2].Text.Length > 0)
            {
                return false;
            }

            return pending.Count(c => c.Row == row) >= pending.Count(c => c.Row == row - 1);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsCell)
            {
                if (table is null)
                {
                    tables++;
                    table = new CellGridBuilder($"表格 {tables}", isFlow: true);
                    (row, column) = (0, 0);
                }
                else if (blankBefore)
                {
                    (row, column) = (row + 1, 0);
                }

                foreach (var cell in line.Cells)
                {
                    lastCell = [cell];
                    pending.Add((row, column, line.Number, lastCell));
                    column++;
                }

                blankBefore = false;
            }
            else if (line.Text.Length == 0)
            {
                blankBefore = true;
            }
            else if (lastCell is not null && table is not null && !GoalDocumentReader.IsHeading(line.Text) && !AfterTable(i))
            {
                lastCell.Add(line.Text);
            }
            else
            {
                Flush();
                blocks.Add(GridBlock.Line(line.Text, $"第 {line.Number} 行", line.Number));
                blankBefore = false;
            }
        }

        Flush();
        return new GridDocument("f.txt", GridSource.Text, blocks);
    }
}
