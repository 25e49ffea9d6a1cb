using System.Text.Json;
using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

public class CarryOverCommandTests
{
    [Fact]
    public void CarryOver_Seed_WritesThe2023DraftAndListsTheMarks()
    {
        var output = Path.Combine(TestFiles.TempDirectory(), "2023.json");

        var (code, stdout, stderr) = CliRunner.Run("carry-over", TestFiles.SeedPath, "-o", output);

        Assert.Equal((0, string.Empty), (code, stderr));
        using (var doc = JsonDocument.Parse(File.ReadAllText(output)))
        {
            Assert.Equal(2023, doc.RootElement.GetProperty("fiscalYear").GetInt32());
            Assert.Equal("176.42", doc.RootElement.GetProperty("totalBudget").GetString());
        }

        Assert.StartsWith("已生成2023年草稿：10个项目，90条指标全部标记为待复核；", stdout, StringComparison.Ordinal);
        Assert.Contains("13068222P006751100010 绩效目标[3]：“2022年大要案及乡镇纪委经费”提到2022年", stdout, StringComparison.Ordinal);
        Assert.Contains("13068222P00675410002L 第9行 指标值：待复核：", stdout, StringComparison.Ordinal);

        var (showCode, shown, _) = CliRunner.Run("show", output);
        Assert.Equal(0, showCode);
        Assert.Contains("年度：2023", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void CarryOver_WithoutOutput_IsAUsageError()
    {
        var (code, _, stderr) = CliRunner.Run("carry-over", TestFiles.SeedPath);

        Assert.Equal(2, code);
        Assert.Contains("缺少 -o", stderr, StringComparison.Ordinal);
    }
}
