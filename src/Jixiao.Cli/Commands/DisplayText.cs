namespace Jixiao.Cli.Commands;

/// <summary>Aligning columns in a terminal where a Chinese character takes two columns.</summary>
internal static class DisplayText
{
    public static int Width(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);

    /// <summary>Pads on the right to <paramref name="width"/> display columns.</summary>
    public static string Pad(string text, int width)
    {
        var w = Width(text);
        return w >= width ? text : text + new string(' ', width - w);
    }

    /// <summary>Pads on the left (numbers).</summary>
    public static string PadLeft(string text, int width)
    {
        var w = Width(text);
        return w >= width ? text : new string(' ', width - w) + text;
    }
}
