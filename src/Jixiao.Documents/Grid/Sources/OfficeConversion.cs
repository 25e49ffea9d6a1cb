using System.Diagnostics;

namespace Jixiao.Documents.Grid.Sources;

/// <summary>
/// Converts an old binary .xls or .doc to .xlsx or .docx with LibreOffice (soffice --headless --convert-to), when it
/// is installed; otherwise, or when the conversion fails, the caller gets a message saying how to save the file in
/// the new format. Each conversion runs in its own temporary folder with its own LibreOffice profile (two
/// conversions at once do not share a lock) and is stopped after <see cref="Timeout"/>.
/// </summary>
public static class OfficeConversion
{
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The converted bytes, or null and why not.</summary>
    public static (byte[]? Bytes, string? Problem) Convert(byte[] bytes, string fromExtension, string toExtension)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var program = Find();
        var kind = toExtension == ".xlsx" ? "Excel" : "Word";
        if (program is null)
        {
            return (null, $"这是旧版 {kind} 文件（{fromExtension}），本机没有安装 LibreOffice，无法自动转换。请在 {kind}/WPS 中打开，“另存为”{toExtension} 格式后再导入。");
        }

        var folder = Path.Combine(Path.GetTempPath(), "jixiao-convert-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "input" + fromExtension);
            File.WriteAllBytes(input, bytes);
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri, "--headless", "--norestore", "--nolockcheck",
                "--convert-to", toExtension.TrimStart('.'), "--outdir", folder, input,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return (null, Failed(kind, fromExtension, toExtension));
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (null, Failed(kind, fromExtension, toExtension));
            }

            _ = stdout.Result + stderr.Result;
            var output = Path.Combine(folder, "input" + toExtension);
            return File.Exists(output) ? (File.ReadAllBytes(output), null) : (null, Failed(kind, fromExtension, toExtension));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A left-over temporary folder is harmless; the conversion's result is what matters.
            }
        }
    }

    private static string Failed(string kind, string from, string to) =>
        $"旧版 {kind} 文件（{from}）无法自动转换（文件可能已损坏或设置了密码）。请在 {kind}/WPS 中打开，“另存为”{to} 格式后再导入。";

    private static string? Find()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "soffice", "libreoffice" })
            {
                var path = Path.Combine(directory, name);
                if (directory.Length > 0 && File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
