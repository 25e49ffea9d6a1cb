namespace Jixiao.Benchmarks;

/// <summary>Finds ../shared/seeds/ beside the repository, wherever BenchmarkDotNet runs the build from.</summary>
internal static class SeedLocator
{
    public static string SeedPath()
    {
        var dir = new DirectoryInfo(Environment.GetEnvironmentVariable("JIXIAO_REPO") ?? AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("找不到仓库根目录；请设置 JIXIAO_REPO。")
            : Path.Combine(dir.FullName, "..", "shared", "seeds", "000_df780b8aaa8bcc25.txt");
    }
}
