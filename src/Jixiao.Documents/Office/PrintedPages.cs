using System.Diagnostics;

namespace Jixiao.Documents.Office;

/// <summary>
/// The text of each printed page of an Office file, as LibreOffice prints it to PDF and poppler's pdftotext reads it
/// back; null when either program is not installed or fails (callers then do without page numbers).
/// </summary>
public static class PrintedPages
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static IReadOnlyList<string>? Of(byte[] file, string extension) => Of(file, extension, Limit);

    /// <summary>As <see cref="Of(byte[], string)"/>, stopping each program after <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string>? Of(byte[] file, string extension, TimeSpan limit)
    {
        if (Find("soffice") is not { } soffice || Find("pdftotext") is not { } pdftotext)
        {
            return null;
        }

        var directory = Directory.CreateTempSubdirectory("jixiao-print-");
        try
        {
            var input = Path.Combine(directory.FullName, "file" + extension);
            File.WriteAllBytes(input, file);
            // A private profile per run: LibreOffice locks its user installation, and exports may run in parallel.
            var profile = new Uri(Path.Combine(directory.FullName, "profile")).AbsoluteUri;
            if (Run(limit, soffice, $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", directory.FullName, input) is null)
            {
                return null;
            }

            var pdf = Path.ChangeExtension(input, ".pdf");
            return File.Exists(pdf) && Run(limit, pdftotext, "-enc", "UTF-8", pdf, "-") is { } text ? [.. text.Split('\f').SkipLast(1)] : null;
        }
        finally
        {
            try
            {
                directory.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file LibreOffice still holds: the temporary directory is cleaned by the system.
            }
        }
    }

    private static string? Run(TimeSpan limit, string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start);
        if (process is null)
        {
            return null;
        }

        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            return null;
        }

        return process.ExitCode == 0 ? output.Result : null;
    }

    private static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
}
