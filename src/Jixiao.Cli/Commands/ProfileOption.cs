namespace Jixiao.Cli.Commands;

/// <summary>`--profile`: the id of a built-in profile or the path of a region's JSON profile file.</summary>
internal static class ProfileOption
{
    public static T Resolve<T>(string? value, T fallback, Func<string, T?> find, Func<string, T> fromJson, string what)
        where T : class
    {
        if (value is null)
        {
            return fallback;
        }

        if (find(value) is { } builtIn)
        {
            return builtIn;
        }

        if (!File.Exists(value))
        {
            throw new UsageException($"--profile“{value}”既不是内置{what}，也不是存在的 JSON 文件。");
        }

        try
        {
            return fromJson(Jixiao.Documents.TextDecoding.Decode(File.ReadAllBytes(value)));
        }
        catch (FormatException ex)
        {
            throw new UsageException($"{what}文件“{value}”无法使用：{ex.Message}");
        }
    }
}
