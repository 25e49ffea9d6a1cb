using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Grid.Sources;

namespace Jixiao.Documents.Tests.Grid;

/// <summary>The grids of one text read share what readers ask of a short cell text (its key, its match in a label
/// set): every cell must answer exactly as a grid of its own would, whichever grid asked first.</summary>
public class SharedCellAnswersTests
{
    // Two tables of one text: traditional characters (指標值, 產出指標), full-width digits (１００％), empty cells, a cell
    // split over two lines (经济效益 / 指标), a qualified heading, a head label with its value after a colon, the same
    // short texts in both tables, and a long indicator name.
    private const string Text = """
        表一
        	项目名称：乡村文化站建设	项目编码	2023001
        
        	一级指标	二级指标	三级指标	指標值
        
        	產出指標	数量指标	举办培训班次数不少于计划数量的百分比	１００％
        
        	效益指标		满意度	
        
        	经济效益
        指标
        	成本指标	单位成本	≤５万元
        表二
        	一级指标	二级指标	三级指标	指标值（当年）
        
        	产出指标	数量指标	培训人次	１００％
        
        	满意度指标	服务对象满意度指标	满意度	≥９０％
        """;

    private static List<CellGrid> Grids() => TextGridReader.Read(Text, "t.txt", line => line.StartsWith('表')).Grids.ToList();

    /// <summary>The same texts in a grid of their own (built cell by cell, no shared answers).</summary>
    private static CellGrid Alone(CellGrid grid)
    {
        var builder = new CellGridBuilder("alone");
        foreach (var cell in grid.Cells)
        {
            builder.Add(cell.Row, cell.Column, cell.Text);
        }

        return builder.Build();
    }

    [Fact]
    public void EveryCell_AnswersAsAGridOfItsOwn_InBothLabelSets()
    {
        var grids = Grids();
        Assert.Equal(2, grids.Count);
        foreach (var grid in grids)
        {
            var alone = Alone(grid);
            for (var i = 0; i < grid.Cells.Count; i++)
            {
                var (shared, own) = (grid.Cells[i], alone.Cells[i]);
                Assert.Equal(own.Text, shared.Text);
                Assert.Equal(own.Key, shared.Key);
                foreach (var set in new[] { GoalVocabulary.Columns, GoalVocabulary.Labels })
                {
                    var (a, b) = (GridSearch.LabelOf(shared, set), GridSearch.LabelOf(own, set));
                    Assert.Equal(b?.Match, a?.Match);
                    Assert.Equal(b?.InlineValue, a?.InlineValue);
                    Assert.Equal(b?.Text, a?.Text);
                }
            }
        }
    }

    [Fact]
    public void LabelMatchOf_IsTheLabelsMatch_WhicheverIsAskedFirst()
    {
        // One read asks the match alone first, another the label first: both orders answer as a grid of its own.
        foreach (var matchFirst in new[] { true, false })
        {
            foreach (var grid in Grids())
            {
                var alone = Alone(grid);
                for (var i = 0; i < grid.Cells.Count; i++)
                {
                    var (shared, own) = (grid.Cells[i], alone.Cells[i]);
                    var expected = GridSearch.LabelOf(own, GoalVocabulary.Labels);
                    var match = matchFirst ? GridSearch.LabelMatchOf(shared, GoalVocabulary.Labels) : null;
                    var label = GridSearch.LabelOf(shared, GoalVocabulary.Labels);
                    match = matchFirst ? match : GridSearch.LabelMatchOf(shared, GoalVocabulary.Labels);
                    Assert.Equal(expected?.Match, match);
                    Assert.Equal(expected?.Match, label?.Match);
                    Assert.Equal(expected?.Field, GridSearch.LabelMatchOf(own, GoalVocabulary.Labels)?.Field);
                    if (label is not null)
                    {
                        Assert.Equal(shared, label.Cell); // the label names its own cell, not the first of its text
                    }
                }
            }
        }
    }

    [Fact]
    public void AShortLabelInTwoGrids_NamesEachItsOwnCell_WithItsInlineValue()
    {
        const string text = "表一\n\t预算单位：文化局\t项目名称\n表二\n\t预算单位：文化局\t项目名称\n";
        var grids = TextGridReader.Read(text, "t.txt", line => line.StartsWith('表')).Grids.ToList();
        var (first, second) = (grids[0].StartingIn(0)[0], grids[1].StartingIn(0)[0]);

        var (a, b) = (GridSearch.LabelOf(first, GoalVocabulary.Labels)!, GridSearch.LabelOf(second, GoalVocabulary.Labels)!);

        Assert.Equal(("预算单位", "文化局", nameof(GoalLabel.Unit), 2), (a.Text, a.InlineValue, a.Field, a.Cell.Line));
        Assert.Equal(("预算单位", "文化局", nameof(GoalLabel.Unit), 4), (b.Text, b.InlineValue, b.Field, b.Cell.Line));
        Assert.Equal(nameof(GoalLabel.ProjectName), GridSearch.LabelMatchOf(grids[1].StartingIn(0)[1], GoalVocabulary.Labels)!.Field);
        Assert.Null(GridSearch.LabelMatchOf(grids[1].StartingIn(0)[1], GoalVocabulary.Columns));
    }

    [Fact]
    public void WorkedCells_FoldWidenAndMatch()
    {
        var grids = Grids(); // one read: its grids share the answers
        var (first, second) = (grids[0], grids[1]);
        var heading = first.StartingIn(1);
        Assert.Equal("指标值", heading[3].Text); // folded to simplified characters
        Assert.Equal(nameof(GoalColumn.Target), GridSearch.LabelOf(heading[3], GoalVocabulary.Columns)!.Field);
        Assert.Equal("产出指标", first.StartingIn(2)[0].Text);
        Assert.Equal("100%", first.StartingIn(2)[3].Key); // full-width digits and percent sign read half-width
        Assert.Equal(LabelMatchKind.Qualified, GridSearch.LabelOf(second.StartingIn(0)[3], GoalVocabulary.Columns)!.Match.Kind);

        var empty = first.StartingIn(3)[1];
        Assert.True(empty.IsEmpty);
        Assert.Equal(string.Empty, empty.Key);
        Assert.Null(GridSearch.LabelOf(empty, GoalVocabulary.Columns));

        var split = first.StartingIn(4)[0];
        Assert.Equal("经济效益\n指标", split.Text);
        Assert.Equal("经济效益指标", split.Key);

        var name = GridSearch.LabelOf(first.StartingIn(0)[0], GoalVocabulary.Labels)!;
        Assert.Equal((nameof(GoalLabel.ProjectName), "乡村文化站建设"), (name.Field, name.InlineValue));
        Assert.Null(GridSearch.LabelOf(first.StartingIn(2)[2], GoalVocabulary.Columns)); // a long indicator name: none
    }

    [Fact]
    public void AShortTextInTwoGrids_HasOneKey()
    {
        var grids = Grids(); // one read: its grids share the answers
        var (first, second) = (grids[0], grids[1]);
        var (a, b) = (first.StartingIn(2)[3], second.StartingIn(1)[3]);
        Assert.Equal("１００％", a.Text);
        Assert.Equal(a.Text, b.Text);
        Assert.Same(a.Key, b.Key); // worked out once for the read, not once per grid

        // Grids built apart (Word, Excel, HTML) answer their own cells.
        Assert.NotSame(Alone(first).Cells.First(c => c.Text == "１００％").Key, a.Key);
    }

    [Fact]
    public void ShortTexts_AreNumberedByTheRead_LongOnesGetTheirGridsOwnSlots()
    {
        var grids = Grids();
        var numbers = new Dictionary<string, int>();
        foreach (var grid in grids)
        {
            var own = 0;
            for (var i = 0; i < grid.Cells.Count; i++)
            {
                var cell = grid.DataAt(i);
                if (cell.Text.Length <= CellTextCache.MaxLength)
                {
                    // The same text has the same number in every grid of the read, the empty one included.
                    Assert.True(cell.Slot < 0, cell.Text);
                    Assert.Equal(numbers.TryAdd(cell.Text, cell.Slot) ? cell.Slot : numbers[cell.Text], cell.Slot);
                }
                else
                {
                    Assert.Equal(own++, cell.Slot); // the grid's own slots, in cell order
                }
            }
        }

        Assert.Contains(string.Empty, numbers.Keys);
        Assert.Contains("１００％", numbers.Keys);
        Assert.Equal(numbers.Count, numbers.Values.Distinct().Count());
        Assert.Equal(1, grids[0].Cells.Count(c => c.Text.Length > CellTextCache.MaxLength)); // the long indicator name
    }

    [Fact]
    public void TextCells_SpanOnePosition_AndArePlacedByTheirLine()
    {
        var grid = Grids()[0];
        var name = grid.Cells.Single(c => c.Text == "项目名称：乡村文化站建设");
        var split = grid.Cells.Single(c => c.Text == "经济效益\n指标");

        Assert.All(grid.Cells, c => Assert.Equal((1, 1), (c.RowSpan, c.ColumnSpan)));
        Assert.Equal((2, "第 2 行"), (name.Line, name.Place));
        Assert.Equal((10, "第 10 行"), (split.Line, split.Place)); // its first line
    }
}

/// <summary>The cache itself: which texts it holds, and answers equal to the label set's own.</summary>
public class CellTextCacheTests
{
    /// <summary>A third label set, as a reader of another form would ask: kept beyond the two held in place.</summary>
    private static readonly LabelSet ThirdSet = LabelSet.FromJson("""{"Value": ["指标值", "100%"], "Name": ["三级指标"]}""");

    [Theory]
    [InlineData("", true)] // empty cells: answered alike, once
    [InlineData("是", true)]
    [InlineData("一二三四五六七八九十一二三四五六", true)] // 16 characters: the pool's limit
    [InlineData("一二三四五六七八九十一二三四五六七", false)]
    public void Holds_ShortTextsAndTheEmptyOne(string text, bool held) => Assert.Equal(held, CellTextCache.Holds(text));

    [Theory]
    [InlineData("指標值", "指标值")] // traditional characters fold
    [InlineData("＊指标值：", "指标值")]
    [InlineData("１００％", "100%")] // full-width digits
    [InlineData("二、自有资金", "自有资金")] // a list marker goes
    [InlineData("经济效益\n指标", "经济效益指标")] // a split cell's lines join
    public void Key_IsGridTextKey_MadeOnce(string text, string key)
    {
        var cache = new CellTextCache();

        Assert.Equal(key, cache.Key(text));
        Assert.Equal(GridText.Key(text), cache.Key(text));
        Assert.Same(cache.Key(text), cache.Key(new string(text.AsSpan()))); // an equal text, not the same string
    }

    [Theory]
    [InlineData("指標值")]
    [InlineData("指标值（当年）")]
    [InlineData("三级指标")]
    [InlineData("年度资金总额")]
    [InlineData("100%")]
    public void Match_IsTheSetsOwn_PerSet(string text)
    {
        var cache = new CellTextCache();
        foreach (var set in new[] { GoalVocabulary.Columns, GoalVocabulary.Labels, ThirdSet, GoalVocabulary.Columns, ThirdSet })
        {
            Assert.Equal(set.Match(text), cache.Match(text, set));
        }
    }

    [Fact]
    public void IdOf_NumbersEqualTextsAlike_AndAnswersAsTheText()
    {
        var cache = new CellTextCache();
        var empty = cache.IdOf(string.Empty);
        var value = cache.IdOf("指標值");

        Assert.Equal(value, cache.IdOf(new string("指標值".AsSpan()))); // an equal text, not the same string
        Assert.NotEqual(empty, value);
        Assert.Equal(string.Empty, cache.Key(empty));
        Assert.Equal("指标值", cache.Key(value));
        Assert.Null(cache.Match(empty, GoalVocabulary.Columns));
        Assert.Equal(GoalVocabulary.Columns.Match("指標值"), cache.Match(value, GoalVocabulary.Columns));
        Assert.Equal(GoalVocabulary.Labels.Match("指標值"), cache.Match(value, GoalVocabulary.Labels));
        Assert.Equal(ThirdSet.Match("指標值"), cache.Match(value, ThirdSet));
    }
}
