using System.Text.RegularExpressions;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.PublishedText;

internal static partial class LineSplitter
{
    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var range in text.AsSpan().EnumerateLines())
        {
            number++;
            lines.Add(Clean(number, range));
        }

        // A file that ends with a newline yields one empty line too many.
        if (lines.Count > 0 && lines[^1].IsBlank && text.EndsWith('\n'))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>Works on the span of the line and allocates only the cleaned text: this runs once per line of
    /// files of many megabytes.</summary>
    private static SourceLine Clean(int number, ReadOnlySpan<char> raw)
    {
        var line = raw.Contains("[bookmark:", StringComparison.Ordinal) ? Bookmark().Replace(raw.ToString(), string.Empty).AsSpan() : raw;

        // Word pads with spaces before the tab of a cell now and then; a line of spaces is a blank line.
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\u3000' or '\u00A0')
        {
            start++;
        }

        var isCell = start < line.Length && line[start] == '\t';
        if (!isCell)
        {
            var trimmed = line.Trim();
            return new SourceLine(number, trimmed.IsEmpty ? string.Empty : trimmed.ToString(), false, []);
        }

        // Trailing tabs are stray (Word leaves them after the last cell of a row), not empty cells.
        var content = line[(start + 1)..].TrimEnd();
        if (!content.Contains('\t'))
        {
            var cell = content.Trim();
            var single = cell.IsEmpty ? string.Empty : cell.ToString();
            return new SourceLine(number, single, true, [single]);
        }

        var cells = content.ToString().Split('\t');
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = cells[i].Trim();
        }

        return new SourceLine(number, string.Join('\t', cells), true, cells);
    }

    /// <summary>Half-width, no whitespace: how labels are compared.</summary>
    public static string Key(string text) => ChineseText.Key(text);
}
