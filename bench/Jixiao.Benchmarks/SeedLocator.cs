namespace Jixiao.Benchmarks;

/// <summary>Finds the files the benchmarks read, wherever BenchmarkDotNet runs the build from: the seed
/// (../shared/seeds/ beside the repository) in the team's checkout, else the repository's own department text of the
/// same layout and size (tests/Shared/Fixtures: 10 tables, 90 indicator rows), so a fresh clone benchmarks too.</summary>
internal static class SeedLocator
{
    /// <summary>A file of the repository, by its path from the root.</summary>
    public static string RepositoryFile(string path) => Path.Combine(Root(), path);

    public static string SeedPath()
    {
        var seed = Path.Combine(Root(), "..", "shared", "seeds", "000_df780b8aaa8bcc25.txt");
        return File.Exists(seed) ? seed : RepositoryFile(Path.Combine("tests", "Shared", "Fixtures", "county-culture-2023.txt"));
    }

    /// <summary>The published 自评表 of the reader's corpus (tests/…/Fixtures/Evaluation/Corpus), as units send them.</summary>
    public static IReadOnlyList<string> CorpusForms() =>
        [.. Directory.GetFiles(RepositoryFile(Path.Combine("tests", "Jixiao.Documents.Tests", "Fixtures", "Evaluation", "Corpus")), "se*.*")
            .Where(f => f.EndsWith(".xlsx", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private static string Root()
    {
        var dir = new DirectoryInfo(Environment.GetEnvironmentVariable("JIXIAO_REPO") ?? AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录；请设置 JIXIAO_REPO。");
    }
}
