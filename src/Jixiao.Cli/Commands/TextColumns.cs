namespace Jixiao.Cli.Commands;

/// <summary>Aligning Chinese text in terminal columns, where a CJK character takes two columns.</summary>
internal static class TextColumns
{
    public static int Width(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);

    public static string Pad(string text, int width)
    {
        var w = Width(text);
        return w >= width ? text : text + new string(' ', width - w);
    }
}
