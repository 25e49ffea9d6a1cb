using System.Text;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>
/// Every table of the corpus, as another department would send it in the published text layout
/// (<see cref="PublishedTextRenderer"/>): read through the text reader, it gives the projects (or the department's
/// goals) its direct reading gives — in UTF-8 with LF as in GB18030 with CRLF, alone or with other tables in one text.
/// </summary>
public class PublishedTextCorpusTests
{
    private static readonly List<string> CorpusFiles = [.. CorpusTests.Files.Select(row => (string)row[0])];

    public static TheoryData<string> Files => [.. CorpusFiles];

    public static TheoryData<string> DepartmentFiles =>
    [
        "department/hunan-yueyanglou-2023-jiagerenzheng.html",
        "department/hubei-guangshui-2021-zhengfuban.docx",
        "department/hubei-guangshui-2021-zhengfuban.xlsx",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusTable_AsPublishedText_ReadsAsItsDirectReading(string file)
    {
        var direct = CorpusTests.Read(file);
        var text = PublishedTextRenderer.Render(CorpusTests.Path(file));

        AssertSameProjects(file, direct, ReadText(file, Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The same in GB18030 with CRLF line ends and stray spaces and tabs around the cells.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusTable_AsPublishedTextInGb18030WithCrLf_ReadsAsItsDirectReading(string file)
    {
        var direct = CorpusTests.Read(file);
        var text = Stray(PublishedTextRenderer.Render(CorpusTests.Path(file))).Replace("\n", "\r\n", StringComparison.Ordinal);

        AssertSameProjects(file, direct, ReadText(file, Gb18030.GetBytes(text)));
    }

    /// <summary>Without the 部门预算绩效文本's part headings the text is another department's table: read in its own form
    /// (what <see cref="FormLacksTests"/> records for its file), not as Jixiao's full form, where every empty field would
    /// be a defect. The department's text with its parts still lacks nothing (<see cref="FormLacksTests.PublishedText_LacksNothing"/>).</summary>
    [Theory]
    [MemberData(nameof(FormLacksTests.Files), MemberType = typeof(FormLacksTests))]
    public void CorpusTable_AsPublishedText_LacksWhatItsFormLacks(string file, Domain.Goals.FormFields lacks)
    {
        var read = ReadText(file, Encoding.UTF8.GetBytes(PublishedTextRenderer.Render(CorpusTests.Path(file))));

        Assert.Equal(Domain.Goals.FormFields.Part1, read.Document.FormLacks);
        Assert.All(read.Document.Projects, p => Assert.Equal(lacks, p.FormLacks));
    }

    [Fact]
    public void CorpusTable_UnderThePartHeadings_IsReadInFullForm()
    {
        // The same table placed in Part 2 of a 部门预算绩效文本: Jixiao's form, where an empty 项目编码 is a defect.
        var text = "第二部分\n预算项目绩效目标\n" + PublishedTextRenderer.Render(CorpusTests.Path("hunan-xiangtan-2023-wupaoche.html"));

        var read = ReadText("hunan-xiangtan-2023-wupaoche.html", Encoding.UTF8.GetBytes(text));

        Assert.Equal(Domain.Goals.FormFields.None, read.Document.FormLacks);
        Assert.Equal(Domain.Goals.FormFields.None, Assert.Single(read.Document.Projects).FormLacks);
    }

    [Theory]
    [MemberData(nameof(DepartmentFiles))]
    public void DepartmentTable_AsPublishedText_ReadsAsItsDirectReading(string file)
    {
        var direct = CorpusTests.Read(file);
        var text = PublishedTextRenderer.Render(CorpusTests.Path(file));

        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text), Gb18030.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)) })
        {
            var read = ReadText(file, bytes);
            Assert.Equal(direct.Errors.Count(), read.Errors.Count());
            Assert.Empty(read.Document.Projects);
            AssertSameDepartment(direct.Document.DepartmentGoals, read.Document.DepartmentGoals);
            Assert.Equal(direct.Document.DepartmentName, read.Document.DepartmentName);
        }
    }

    /// <summary>A department's document holds its tables one after another, each under a paragraph of its own (here
    /// "附件N"): read as one text, they are as many projects as the tables read alone, in order. The tables that
    /// state no money unit are read with the unit given for the text (every other table states its own, which wins).</summary>
    [Fact]
    public void SeveralCorpusTables_InOneText_ReadAsThatManyProjects()
    {
        var text = string.Concat(CorpusFiles.Select((f, i) => $"附件{i + 1}\n" + PublishedTextRenderer.Render(CorpusTests.Path(f))));
        var expected = CorpusFiles.SelectMany(f => CorpusTests.Read(f).Document.Projects.Select(p => (File: f, Project: p))).ToList();

        var read = PublishedTextReader.Read(Encoding.UTF8.GetBytes(text), new ReadOptions { FileName = "部门项目绩效目标表.txt", MoneyUnit = "万元" });

        Assert.Equal(expected.Count, read.Document.Projects.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AssertSameProject(expected[i].File, expected[i].Project, read.Document.Projects[i]);
        }
    }

    /// <summary>The stray whitespace extraction leaves: spaces before a cell's tab on every other cell line, a tab after
    /// the last cell of a line.</summary>
    private static string Stray(string text) =>
        string.Join('\n', text.Split('\n').Select((line, i) => line.StartsWith('\t') ? (i % 2 == 0 ? "  " : string.Empty) + line + "\t" : line));

    private static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>The text read as a unit sends it (a .txt of the same name); the one table that states no money unit
    /// with the unit the user gives, as in <see cref="CorpusTests.Read"/>.</summary>
    private static ReadResult ReadText(string file, byte[] bytes) =>
        PublishedTextReader.Read(bytes, new ReadOptions
        {
            FileName = System.IO.Path.ChangeExtension(System.IO.Path.GetFileName(file), ".txt"),
            MoneyUnit = CorpusTests.WithoutMoneyUnit.Contains(file) ? "万元" : null,
        });

    internal static void AssertSameProjects(string file, ReadResult direct, ReadResult text)
    {
        Assert.True(direct.Errors.Count() == text.Errors.Count(), $"{file}: {string.Join("；", text.Errors)}");
        Assert.Equal(direct.Document.Projects.Count, text.Document.Projects.Count);
        for (var i = 0; i < direct.Document.Projects.Count; i++)
        {
            AssertSameProject(file, direct.Document.Projects[i], text.Document.Projects[i]);
        }

        Assert.Equal(direct.Document.FiscalYear, text.Document.FiscalYear);
    }

    private static void AssertSameProject(string file, BudgetProject expected, BudgetProject actual)
    {
        Assert.Equal((file, expected.ProjectName, expected.ProjectCode, expected.UnitCode, expected.UnitName),
            (file, actual.ProjectName, actual.ProjectCode, actual.UnitCode, actual.UnitName));
        Assert.Equal((file, expected.Budget.Fen, expected.FiscalFunds?.Fen, expected.OtherFunds?.Fen),
            (file, actual.Budget.Fen, actual.FiscalFunds?.Fen, actual.OtherFunds?.Fen));
        Assert.Equal(expected.Goals.Select(g => g.Text), actual.Goals.Select(g => g.Text));
        Assert.Equal(expected.Indicators.Count, actual.Indicators.Count);
        for (var i = 0; i < expected.Indicators.Count; i++)
        {
            var (e, a) = (expected.Indicators[i], actual.Indicators[i]);
            Assert.Equal((file, i, e.Level1, e.Level2, e.Name, e.Target.Text, e.TargetBasis), (file, i, a.Level1, a.Level2, a.Name, a.Target.Text, a.TargetBasis));
        }
    }

    private static void AssertSameDepartment(DepartmentGoals expected, DepartmentGoals actual)
    {
        Assert.Equal(expected.Duties, actual.Duties);
        Assert.Equal(expected.OverallGoal, actual.OverallGoal);
        Assert.Equal(expected.Funds.Select(f => (f.Group, f.Label, f.Amount?.Fen, f.Share)), actual.Funds.Select(f => (f.Group, f.Label, f.Amount?.Fen, f.Share)));
        Assert.Equal(expected.Tasks.Select(t => (t.Name, t.Budget?.Fen)), actual.Tasks.Select(t => (t.Name, t.Budget?.Fen)));
        Assert.Equal(expected.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text)), actual.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text)));
    }
}
