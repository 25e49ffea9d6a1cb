using System.Buffers;
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

    /// <summary>The characters folded, for a vectorised search: every cell text and key is scanned for them, and a
    /// dictionary lookup per character was a tenth of reading a text file.</summary>
    private static readonly SearchValues<char> Folded = SearchValues.Create([.. Map.Keys.Where(c => c >= '\u4E00')]);

    /// <summary>How many characters the table folds.</summary>
    public static int Count => Map.Count;

    /// <summary>Whether <see cref="Fold"/> would change the text.</summary>
    public static bool HasTraditional(ReadOnlySpan<char> text) => text.ContainsAny(Folded);

    public static string Fold(string text)
    {
        var first = text.AsSpan().IndexOfAny(Folded);
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
