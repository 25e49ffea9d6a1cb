using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.GoalTables;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>An official title "N.名称绩效目标表" scanned by hand: it must give what the pattern it replaced gave (the
/// number and the trimmed name, or nothing), white space, other digits and line feeds included.</summary>
public partial class OfficialTitleTests
{
    /// <summary>The pattern the scan replaced, as it was (the reader keeps it to recognise a title line).</summary>
    [GeneratedRegex(@"^\s*(\d+)\s*[.．、]\s*(.+?)绩效目标表\s*$")]
    private static partial Regex Pattern();

    [Theory]
    [InlineData("1.安保经费绩效目标表", 1, "安保经费")]
    [InlineData("  12 ．  培训项目绩效目标表  ", 12, "培训项目")]
    [InlineData("3、2024年高标准农田建设项目绩效目标表\n", 3, "2024年高标准农田建设项目")]
    [InlineData("7.名称 绩效目标表", 7, "名称")]
    [InlineData("7.绩效目标表绩效目标表", 7, "绩效目标表")] // the kind in the name: the last one ends the title
    [InlineData("1. 绩效目标表", 1, "")] // the white space after the point is the name's one character
    [InlineData("1.\u3000绩效目标表", 1, "")]
    [InlineData("1.\t\t绩效目标表", 1, "")]
    [InlineData("1.a\r绩效目标表", 1, "a")] // a carriage return is any character, a line feed is not
    [InlineData("1.绩效目标表", 0, null)] // no name
    [InlineData("1.\n绩效目标表", 0, null)]
    [InlineData("1.安保\n经费绩效目标表", 0, null)]
    [InlineData("1.安保经费绩效目标表（续）", 0, null)]
    [InlineData("1.安保经费绩效目标表 绩效", 0, null)]
    [InlineData("安保经费绩效目标表", 0, null)]
    [InlineData("1安保经费绩效目标表", 0, null)]
    [InlineData(".安保经费绩效目标表", 0, null)]
    [InlineData("1.2.安保经费绩效目标表", 1, "2.安保经费")]
    [InlineData("一、安保经费绩效目标表", 0, null)]
    [InlineData("1。安保经费绩效目标表", 0, null)]
    [InlineData("", 0, null)]
    [InlineData("1.", 0, null)]
    [InlineData("  ", 0, null)]
    public void Scan_GivesWhatThePatternGave(string text, int number, string? name)
    {
        var scanned = GoalDocumentReader.OfficialTitleOf(text);
        var m = Pattern().Match(text);

        Assert.Equal(name is null ? null : (number, name), scanned);
        Assert.Equal(m.Success ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value.Trim()) : null, scanned);
    }

    [Theory]
    [InlineData("１.安保经费绩效目标表", 1)] // full-width digits, as clerks type them: the old int.Parse threw here
    [InlineData("１２．安保经费绩效目标表", 12)]
    [InlineData("٣.安保经费绩效目标表", 3)]
    public void OtherDigits_ReadAsTheirNumber(string text, int number)
    {
        Assert.Matches(Pattern(), text);
        Assert.Equal((number, "安保经费"), GoalDocumentReader.OfficialTitleOf(text));
    }

    [Fact]
    public void TooManyDigits_AreNoTitleNumber() => Assert.Null(GoalDocumentReader.OfficialTitleOf("1234567890.安保经费绩效目标表"));

    [Fact]
    public void FullWidthTitle_StartsItsTableInPublishedText()
    {
        var text = string.Join('\n', File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "messy.txt")));
        var firstTitle = text.Split('\n').First(l => GoalDocumentReader.OfficialTitleOf(l) is not null);
        var (n, name) = GoalDocumentReader.OfficialTitleOf(firstTitle)!.Value;
        var fullWidth = text.Replace(firstTitle, $"{ToFullWidth(n)}.{name}绩效目标表", StringComparison.Ordinal);

        var asTyped = Jixiao.Documents.PublishedText.PublishedTextReader.Read(text);
        var withFullWidth = Jixiao.Documents.PublishedText.PublishedTextReader.Read(fullWidth);

        Assert.Equal(asTyped.Document.Projects.Select(p => (p.Sequence, p.ProjectName)), withFullWidth.Document.Projects.Select(p => (p.Sequence, p.ProjectName)));
    }

    private static string ToFullWidth(int n) => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')));
}
