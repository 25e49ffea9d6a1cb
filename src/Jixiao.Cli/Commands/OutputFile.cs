using System.Text;

namespace Jixiao.Cli.Commands;

internal static class OutputFile
{
    /// <summary>Writes to <paramref name="path"/> through a temporary file, so a failure never leaves half a
    /// file behind; to stdout when no path is given.</summary>
    public static void Write(string? path, string content, TextWriter stdout)
    {
        if (path is null)
        {
            stdout.Write(content);
            return;
        }

        WriteBytes(path, new UTF8Encoding(false).GetBytes(content));
    }

    public static void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, full, overwrite: true);
    }
}
