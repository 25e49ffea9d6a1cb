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
    [InlineData("１.安保经费绩效目标表")] // a full-width digit is a digit to the pattern, but no number int.Parse reads
    [InlineData("٣.安保经费绩效目标表")]
    public void OtherDigits_FailAsThePatternsNumberDid(string text)
    {
        Assert.Matches(Pattern(), text);
        Assert.Throws<FormatException>(() => int.Parse(Pattern().Match(text).Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => GoalDocumentReader.OfficialTitleOf(text));
    }
}
