using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao db …` on a SQLite file (the storage suite in Jixiao.Data.Tests covers PostgreSQL too).</summary>
public class DbCommandTests
{
    private readonly string _directory = TestFiles.TempDirectory();

    private string Db => $"Data Source={Path.Combine(_directory, "data", "jixiao.db")}";

    [Fact]
    public void DbImport_Twice_ThenCorrected_ReportsOnlyTheChangedProject()
    {
        var corrected = Path.Combine(_directory, "corrected.txt");
        var text = File.ReadAllText(TestFiles.DepartmentTextPath);
        var at = text.IndexOf("\t18.40", StringComparison.Ordinal);
        File.WriteAllText(corrected, text[..at] + "\t19.40" + text[(at + 6)..]);

        var first = CliRunner.Run("db", "import", TestFiles.DepartmentTextPath, "--db", Db);
        var second = CliRunner.Run("db", "import", TestFiles.DepartmentTextPath, "--db", Db);
        var third = CliRunner.Run("db", "import", corrected, "--db", Db, "--user", "李会计");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("新文档，新增 10 个项目", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("新增 0 个项目，更新 0 个，未变 10 个", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, third.ExitCode);
        Assert.Contains("更新 1 个，未变 9 个", third.Stdout, StringComparison.Ordinal);
        Assert.Contains("13910223P03171010001K《文物安全巡查经费》第 2 版", third.Stdout, StringComparison.Ordinal);
        Assert.Contains("预算数: “18.40” → “19.40”", third.Stdout, StringComparison.Ordinal);

        var history = CliRunner.Run("db", "project", "13910223P03171010001K", "--year", "2023", "--db", Db);
        Assert.Equal(0, history.ExitCode);
        Assert.Contains("第 2 版（当前第 2 版）：预算数 19.40 万元", history.Stdout, StringComparison.Ordinal);
        Assert.Contains("李会计  corrected.txt", history.Stdout, StringComparison.Ordinal);
        var old = CliRunner.Run("db", "project", "13910223P03171010001K", "--year", "2023", "--version", "1", "--db", Db);
        Assert.Contains("第 1 版（当前第 2 版）：预算数 18.40 万元", old.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DbUnits_PrintsTheUnitWithItsBudgetTotal()
    {
        Assert.Equal(0, CliRunner.Run("db", "import", TestFiles.DepartmentTextPath, "--db", Db, "--quiet").ExitCode);

        var (code, stdout, _) = CliRunner.Run("db", "units", "--region", "139102", "--year", "2023", "--db", Db);

        Assert.Equal(0, code);
        Assert.Contains("317001", stdout, StringComparison.Ordinal);
        Assert.Contains("文化广电局本级", stdout, StringComparison.Ordinal);
        Assert.Contains("173.67", stdout, StringComparison.Ordinal);
        Assert.Contains("合计：1 个单位，10 个项目，预算 173.67 万元", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DbImport_ReviewsWhatItStores_AsTheWebImportDoes()
    {
        var imported = CliRunner.Run("db", "import", TestFiles.DepartmentTextPath, "--db", Db);
        var units = CliRunner.Run("db", "units", "--region", "139102", "--year", "2023", "--db", Db);
        var direct = CliRunner.Run("review", TestFiles.DepartmentTextPath);

        Assert.Equal(0, imported.ExitCode);
        var stored = System.Text.RegularExpressions.Regex.Match(imported.Stdout, @"审核：(\d+\.\d\d) 分，(.)，");
        Assert.True(stored.Success, imported.Stdout);
        Assert.Contains(stored.Groups[1].Value, direct.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("未审核", units.Stdout, StringComparison.Ordinal);
        Assert.Contains(stored.Groups[2].Value, units.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DbReview_ReviewsTheImportedDocument_AndTheUnitListShowsItsGrade()
    {
        CliRunner.Run("db", "import", TestFiles.DepartmentTextPath, "--db", Db, "--quiet", "--no-review");
        var before = CliRunner.Run("db", "units", "--region", "139102", "--year", "2023", "--db", Db);

        var (code, stdout, stderr) = CliRunner.Run("db", "review", "--year", "2023", "--db", Db, "--user", "审核员");
        var nothing = CliRunner.Run("db", "review", "--region", "999999", "--db", Db);
        var after = CliRunner.Run("db", "units", "--region", "139102", "--year", "2023", "--db", Db);
        var direct = CliRunner.Run("review", TestFiles.DepartmentTextPath);

        Assert.Contains("未审核", before.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("[1/1] 139102 2023 文化广电局：", stdout, StringComparison.Ordinal);
        Assert.Contains("已审核 1 个文档", stdout, StringComparison.Ordinal);
        // Where the time went, beside the progress on stderr; the summary stays stdout's last line.
        Assert.Matches(@"各阶段用时：读取 \d+\.\d 秒，审核 \d+\.\d 秒，写入审核结果 \d+\.\d 秒，汇总表与提交 \d+\.\d 秒", stderr);
        Assert.StartsWith("已审核 1 个文档", stdout.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        Assert.Contains("没有符合条件的文档", nothing.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("未审核", after.Stdout, StringComparison.Ordinal);
        // The stored run says what `jixiao review` says of the same file.
        var stored = System.Text.RegularExpressions.Regex.Match(stdout, @"：(\d+\.\d\d) 分，(.)，");
        Assert.True(stored.Success, stdout);
        Assert.Contains(stored.Groups[1].Value, direct.Stdout, StringComparison.Ordinal);
        Assert.Contains(stored.Groups[2].Value, after.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DbRegion_SetsTheRegionsReviewProfile_WhichDbReviewThenUses()
    {
        CliRunner.Run("db", "import", TestFiles.DepartmentTextPath, "--db", Db, "--quiet", "--no-review");
        var profile = Path.Combine(_directory, "本省审核规则.json");
        File.WriteAllText(profile, "{ \"id\": \"本省\", \"rules\": { \"BAS-02\": { \"severity\": \"error\" } } }");

        var before = CliRunner.Run("db", "review", "--db", Db);
        var set = CliRunner.Run("db", "region", "139102", "--review-profile", profile, "--db", Db);
        var after = CliRunner.Run("db", "review", "--db", Db);
        var reset = CliRunner.Run("db", "region", "139102", "--review-profile", "default", "--db", Db);
        var unknown = CliRunner.Run("db", "region", "999999", "--db", Db);

        Assert.Equal(0, set.ExitCode);
        Assert.Contains("审核规则配置：本地区自定义（本省）", set.Stdout, StringComparison.Ordinal);
        // The text's bases that are verdicts, not standards (BAS-02), count as errors now, not warnings.
        Assert.True(Counts(after.Stdout).Errors > Counts(before.Stdout).Errors, before.Stdout + after.Stdout);
        Assert.True(Counts(after.Stdout).Warnings < Counts(before.Stdout).Warnings, before.Stdout + after.Stdout);
        Assert.Contains("审核规则配置：内置默认", reset.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("区划 999999 不存在", unknown.Stderr, StringComparison.Ordinal);
    }

    private static (int Errors, int Warnings) Counts(string reviewOutput)
    {
        var m = System.Text.RegularExpressions.Regex.Match(reviewOutput, @"错误 (\d+) 条，警告 (\d+) 条");
        Assert.True(m.Success, reviewOutput);
        return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DbSearch_FindsByChineseSubstring()
    {
        CliRunner.Run("db", "import", TestFiles.DepartmentTextPath, "--db", Db, "--quiet");

        var (code, stdout, _) = CliRunner.Run("db", "search", "巡查", "--db", Db);

        Assert.Equal(0, code);
        Assert.Contains("13910223P03171010001K", stdout, StringComparison.Ordinal);
        Assert.Contains("找到 1 个项目。", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DbMigrate_CreatesTheFileAndItsFolder_ThenReportsUpToDate()
    {
        var first = CliRunner.Run("db", "migrate", "--db", Db);
        var second = CliRunner.Run("db", "migrate", "--db", Db);

        Assert.Equal(0, first.ExitCode);
        // Every committed SQLite migration is applied on an empty database.
        var migrations = typeof(Jixiao.Data.Sqlite.SqliteDesignTimeFactory).Assembly.GetTypes()
            .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        Assert.True(migrations >= 2);
        Assert.Contains($"已应用 {migrations} 个迁移", first.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory, "data", "jixiao.db")));
        Assert.Contains("数据库已是最新结构", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DbUnits_WithoutYear_IsAUsageError()
    {
        var (code, _, stderr) = CliRunner.Run("db", "units", "--region", "130682", "--db", Db);

        Assert.Equal(2, code);
        Assert.Contains("缺少 --year", stderr, StringComparison.Ordinal);
        Assert.Contains("用法：jixiao db units", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void DbUnits_UnreachableServer_IsExitCode4WithAChineseMessage()
    {
        var (code, _, stderr) = CliRunner.Run("db", "units", "--region", "130682", "--year", "2022",
            "--db", "Host=127.0.0.1;Port=1;Username=x;Password=secret;Database=x;Timeout=2");

        Assert.Equal(4, code);
        Assert.Contains("无法使用数据库", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", stderr, StringComparison.Ordinal);
    }
}
