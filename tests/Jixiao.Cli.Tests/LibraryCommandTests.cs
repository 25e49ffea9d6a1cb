using System.Text.Json;
using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

public class LibraryCommandTests
{
    [Fact]
    public void Build_Search_Export_Import_OnAFreshDatabase()
    {
        var dir = TestFiles.TempDirectory();
        var db = $"Data Source={Path.Combine(dir, "library.db")}";

        var build = CliRunner.Run("library", "build", "--db", db);
        Assert.Equal(0, build.ExitCode);
        // No approved table yet: the national base holds the seeded framework indicators.
        Assert.Contains("读取指标 0 行，写入 31 个指标（1 个区划，含全国基础库）", build.Stdout, StringComparison.Ordinal);

        var search = CliRunner.Run("library", "search", "满意度", "--level2", "服务对象满意度指标", "--project", "干部业务培训经费", "--db", db);
        Assert.Equal(0, search.ExitCode);
        Assert.StartsWith("受训学员满意度", search.Stdout, StringComparison.Ordinal);

        var json = Path.Combine(dir, "库.json");
        var xlsx = Path.Combine(dir, "库.xlsx");
        Assert.Equal(0, CliRunner.Run("library", "export", json, "--db", db).ExitCode);
        Assert.Equal(0, CliRunner.Run("library", "export", xlsx, "--db", db).ExitCode);
        using (var doc = JsonDocument.Parse(File.ReadAllText(json)))
        {
            Assert.Equal("jixiao.library/1", doc.RootElement.GetProperty("format").GetString());
            Assert.Equal(31, doc.RootElement.GetProperty("indicators").GetArrayLength());
        }

        // The bureau marks one indicator recommended in Excel's copy … here, in the JSON, and brings it back.
        var edited = File.ReadAllText(json).Replace("\"name\":\"人均培训成本\",", "\"name\":\"人均培训成本\",\"curation\":{\"recommended\":true,\"recommendedBasis\":\"计划标准：培训费管理办法\"},", StringComparison.Ordinal);
        File.WriteAllText(json, edited);
        var import = CliRunner.Run("library", "import", json, "--db", db);
        Assert.Equal((0, "已从 库.json 导入 1 条指标库维护信息。"), (import.ExitCode, import.Stdout.Trim()));
        Assert.StartsWith("【推荐】人均培训成本", CliRunner.Run("library", "search", "培训成本", "--db", db).Stdout, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(dir, "坏.json"), "{ not json");
        var bad = CliRunner.Run("library", "import", Path.Combine(dir, "坏.json"), "--db", db);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("坏.json 不是有效的 JSON（第 1 行）", bad.Stderr, StringComparison.Ordinal);
    }
}
