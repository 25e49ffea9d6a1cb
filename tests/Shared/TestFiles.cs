namespace Jixiao.Tests;

/// <summary>Where the tests find their files: the fixtures carried by the repository (tests/Shared/Fixtures and each
/// project's own Fixtures folder, copied to the output directory), the repository itself, and — only for the tests
/// about the seed's own facts (<see cref="SeedFactAttribute"/>) — the seed document beside the repository.</summary>
internal static class TestFiles
{
    public const string SeedName = "000_df780b8aaa8bcc25.txt";

    /// <summary>The team's own 部门预算绩效文本 in the published layout: 县文化广电局 2023 (region 139102, unit 317001),
    /// Part 1 with 5 sub-goals and 5 safeguards, 10 project tables, 28 goals, 90 indicator rows, 173.67 万元, the
    /// template placeholder （≧**%）, cells split over blank lines, trailing tabs and the boilerplate the review flags.</summary>
    public const string DepartmentTextName = "county-culture-2023.txt";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DepartmentTextPath => Fixture(DepartmentTextName);

    public static byte[] DepartmentTextBytes => File.ReadAllBytes(DepartmentTextPath);

    /// <summary>The seed (../shared/seeds/ beside the repository, as our own checkout and CI lay it out). Only tests
    /// marked <see cref="SeedFactAttribute"/> may read it: a fresh clone does not have it.</summary>
    public static string SeedPath { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds", SeedName));

    public static byte[] SeedBytes => File.Exists(SeedPath)
        ? File.ReadAllBytes(SeedPath)
        : throw new FileNotFoundException($"JIXIAO_REQUIRE_SEED=1 时核对种子的测试必须运行，但找不到种子文档 {SeedPath}：CI 的检出旁应有 ../shared/seeds/。", SeedPath);

    /// <summary>Why the seed tests do not run here, or null when they must: the seed is present, or JIXIAO_REQUIRE_SEED=1
    /// (our CI, where a missing seed is a failure, not a skip). Not the generic CI variable: any CI service sets that,
    /// and a fresh clone built there has no ../shared.</summary>
    public static string? SeedSkipReason { get; } =
        File.Exists(SeedPath) || Environment.GetEnvironmentVariable("JIXIAO_REQUIRE_SEED") == "1"
            ? null
            : $"种子文档 {SeedPath} 不存在（仓库旁没有 ../shared）：跳过核对种子自身事实的测试；同样的读取、审核路径由 tests/Shared/Fixtures/{DepartmentTextName} 覆盖。JIXIAO_REQUIRE_SEED=1 时这些测试必须运行。";

    /// <summary>A file under the test project's Fixtures folder (copied to the output directory).</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>A fresh empty directory under the system temp folder, for files a test writes.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "jixiao-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录（Jixiao.slnx）。");
    }
}
