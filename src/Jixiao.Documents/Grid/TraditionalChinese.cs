using System.Collections.Frozen;
using System.Reflection;

namespace Jixiao.Documents.Grid;

/// <summary>
/// Folds traditional characters to simplified ones, for tables copied from mirrored (繁體) pages. The table
/// (Data/traditional-simplified.txt, one pair a line) holds only characters outside GB 2312, the simplified
/// standard, each with one simplified form: 績→绩, 標→标, 項→项. A character that is itself standard simplified
/// text (著, 乾, 干) is never touched, so folding a simplified document changes nothing.
/// </summary>
public static class TraditionalChinese
{
    private static readonly FrozenDictionary<char, char> Map = Load();

    /// <summary>How many characters the table folds.</summary>
    public static int Count => Map.Count;

    /// <summary>Whether <see cref="Fold"/> would change the text.</summary>
    public static bool HasTraditional(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u4E00' && Map.ContainsKey(c))
            {
                return true;
            }
        }

        return false;
    }

    public static string Fold(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= '\u4E00' && Map.ContainsKey(text[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (chars[i] >= '\u4E00' && Map.TryGetValue(chars[i], out var simplified))
            {
                chars[i] = simplified;
            }
        }

        return new string(chars);
    }

    private static FrozenDictionary<char, char> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jixiao.Grid.traditional-simplified.txt")
            ?? throw new InvalidOperationException("traditional-simplified.txt is not embedded");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2)
            {
                map[line[0]] = line[1];
            }
        }

        return map.ToFrozenDictionary();
    }
}
