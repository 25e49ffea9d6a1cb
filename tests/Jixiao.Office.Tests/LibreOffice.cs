using System.Diagnostics;
using Jixiao.Tests;

namespace Jixiao.Office.Tests;

/// <summary>
/// Runs LibreOffice and poppler (Debian packages libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils)
/// for the rendering checks. On a developer machine without them the tests are skipped; under CI (.ci/run installs
/// them) a missing tool fails the test.
/// </summary>
internal static class LibreOffice
{
    public static bool IsCi => Environment.GetEnvironmentVariable("CI") is "true" or "1";

    /// <summary>Skips (or, in CI, fails) when a tool is missing.</summary>
    public static void Require(params string[] tools)
    {
        var missing = tools.Where(t => Find(t) is null).ToList();
        if (missing.Count > 0 && IsCi)
        {
            Assert.Fail($"CI 环境缺少 {string.Join("、", missing)}；.ci/run 应先安装 libreoffice-writer-nogui、libreoffice-calc-nogui、poppler-utils。");
        }

        Skip.If(missing.Count > 0, $"本机没有 {string.Join("、", missing)}，跳过渲染检查。");
    }

    /// <summary>Where artifacts of the rendering checks go (TestResults/ is ignored by git).</summary>
    public static string ArtifactDirectory(string name)
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "TestResults", "office-rendering", name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Converts <paramref name="file"/> to PDF beside it and returns the PDF's path.</summary>
    public static string ToPdf(string file)
    {
        var directory = Path.GetDirectoryName(file)!;

        // A private profile: parallel test runs must not share LibreOffice's user installation lock.
        var profile = new Uri(Path.Combine(TestFiles.TempDirectory(), "lo-profile")).AbsoluteUri;
        Run("soffice", $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", directory, file);
        var pdf = Path.ChangeExtension(file, ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice 没有生成 {pdf}");
        return pdf;
    }

    /// <summary>Converts <paramref name="file"/> to <paramref name="format"/> (e.g. "xls") beside it; the new file's path.</summary>
    public static string Convert(string file, string format)
    {
        var directory = Path.GetDirectoryName(file)!;
        var profile = new Uri(Path.Combine(TestFiles.TempDirectory(), "lo-profile")).AbsoluteUri;
        Run("soffice", $"-env:UserInstallation={profile}", "--headless", "--convert-to", format, "--outdir", directory, file);
        var converted = Path.ChangeExtension(file, "." + format);
        Assert.True(File.Exists(converted), $"LibreOffice 没有生成 {converted}");
        return converted;
    }

    /// <summary>The text of each page (pdftotext separates pages with form feeds).</summary>
    public static List<string> PageTexts(string pdf) =>
        Run("pdftotext", "-enc", "UTF-8", pdf, "-").Split('\f').SkipLast(1).ToList();

    public static string Info(string pdf) => Run("pdfinfo", pdf);

    public static void PageToPng(string pdf, int page, string pngWithoutExtension) =>
        Run("pdftoppm", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-r", "110", "-png", "-singlefile", pdf, pngWithoutExtension);

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(Find(tool)!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} 超过 3 分钟没有结束。");
        }

        Assert.True(process.ExitCode == 0, $"{tool} 退出码 {process.ExitCode}：{error.Result}");
        return output.Result;
    }

    private static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
