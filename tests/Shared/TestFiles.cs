namespace Jixiao.Tests;

/// <summary>Where the tests find the seed document (../shared/seeds/ beside the repository, as CI lays it out)
/// and the repository itself.</summary>
internal static class TestFiles
{
    public const string SeedName = "000_df780b8aaa8bcc25.txt";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SeedPath => Path.Combine(RepositoryRoot, "..", "shared", "seeds", SeedName);

    public static byte[] SeedBytes => File.ReadAllBytes(SeedPath);

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
