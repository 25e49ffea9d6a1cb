using System.Text.Json;
using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

public class CarryOverCommandTests
{
    [Fact]
    public void CarryOver_WritesTheNextYearsDraftAndListsTheMarks()
    {
        var output = Path.Combine(TestFiles.TempDirectory(), "2024.json");

        var (code, stdout, stderr) = CliRunner.Run("carry-over", TestFiles.DepartmentTextPath, "-o", output);

        Assert.Equal((0, string.Empty), (code, stderr));
        using (var doc = JsonDocument.Parse(File.ReadAllText(output)))
        {
            Assert.Equal(2024, doc.RootElement.GetProperty("fiscalYear").GetInt32());
            Assert.Equal("173.67", doc.RootElement.GetProperty("totalBudget").GetString());
        }

        Assert.StartsWith("已生成2024年草稿：10个项目，90条指标全部标记为待复核；", stdout, StringComparison.Ordinal);
        Assert.Contains("13910223P031720100017 绩效目标[3]：“2023年公共文化惠民演出经费”提到2023年", stdout, StringComparison.Ordinal);
        Assert.Contains("13910223P03171010001K 第9行 指标值：待复核：", stdout, StringComparison.Ordinal);

        var (showCode, shown, _) = CliRunner.Run("show", output);
        Assert.Equal(0, showCode);
        Assert.Contains("年度：2024", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void CarryOver_WithoutOutput_IsAUsageError()
    {
        var (code, _, stderr) = CliRunner.Run("carry-over", TestFiles.DepartmentTextPath);

        Assert.Equal(2, code);
        Assert.Contains("缺少 -o", stderr, StringComparison.Ordinal);
    }
}
