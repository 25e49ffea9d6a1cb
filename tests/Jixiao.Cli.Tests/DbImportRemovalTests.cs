using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

/// <summary>
/// `jixiao db import` of a document that lost tables or its Part 1 (a truncated file, a wrong encoding) over a stored
/// one: refused with what it would remove, the database unchanged, until `--allow-removal` says it is meant.
/// </summary>
public class DbImportRemovalTests
{
    private readonly string _directory = TestFiles.TempDirectory();

    private string Db => $"Data Source={Path.Combine(_directory, "data", "jixiao.db")}";

    private static string Sample => Path.Combine(TestFiles.RepositoryRoot, "samples", "示例-区财政局2024年部门预算绩效文本.txt");

    [Fact]
    public void DbImport_ThatWouldRemoveAProject_IsRefusedUntilAllowRemoval()
    {
        var text = File.ReadAllText(Sample);
        var cut = Path.Combine(_directory, "cut.txt");
        File.WriteAllText(cut, text[..text.IndexOf("3.政府采购监管与资产报告编报绩效目标表", StringComparison.Ordinal)]);
        Assert.Equal(0, CliRunner.Run("db", "import", Sample, "--db", Db, "--quiet").ExitCode);

        var refused = CliRunner.Run("db", "import", cut, "--db", Db);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("本次导入将移除 1 个项目（", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("《政府采购监管与资产报告编报》）", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("请加 --allow-removal 后重新导入", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("数据库未作任何修改", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("未变 3 个，移除 0 个", CliRunner.Run("db", "import", Sample, "--db", Db).Stdout, StringComparison.Ordinal);

        var allowed = CliRunner.Run("db", "import", cut, "--db", Db, "--allow-removal");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("未变 2 个，移除 1 个", allowed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DbImport_ThatWouldEmptyPart1_IsRefusedUntilAllowRemoval()
    {
        var text = File.ReadAllText(Sample);
        var part1 = text.IndexOf("第一部分", StringComparison.Ordinal);
        var part2 = text.IndexOf("第二部分", StringComparison.Ordinal);
        var noPart1 = Path.Combine(_directory, "no-part1.txt");
        File.WriteAllText(noPart1, text[..part1] + text[part2..]);
        Assert.Equal(0, CliRunner.Run("db", "import", Sample, "--db", Db, "--quiet").ExitCode);

        var refused = CliRunner.Run("db", "import", noPart1, "--db", Db);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("本次导入将清空第一部分（部门整体绩效目标），未导入。", refused.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run("db", "import", noPart1, "--db", Db, "--allow-removal").ExitCode);
    }
}
