namespace Jixiao.Browser.Tests;

/// <summary>Screenshots are test artifacts under TestResults/ (not committed).</summary>
internal static class Screenshots
{
    public static string PathFor(string name)
    {
        var directory = System.IO.Path.Combine(Jixiao.Tests.TestFiles.RepositoryRoot, "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        return System.IO.Path.Combine(directory, name);
    }
}
