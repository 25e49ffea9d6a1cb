using System.Text.RegularExpressions;

namespace Jixiao.Documents.PublishedText;

/// <summary>
/// Cleans one line of a published text at a time, on the span of the decoded text: bookmark markers removed,
/// a line that starts with a tab (after Word's padding spaces) is a row of cells, any other line is text. Only the
/// cleaned texts become strings; no list of lines is built (files run to many megabytes).
/// </summary>
internal static partial class LineSplitter
{
    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    /// <summary>What a line is: blank, text (<paramref name="text"/>) or cells (added to <paramref name="cells"/>,
    /// which is cleared first).</summary>
    public static LineKind Clean(ReadOnlySpan<char> raw, List<string> cells, out string text)
    {
        cells.Clear();
        text = string.Empty;
        var line = raw.Contains("[bookmark:", StringComparison.Ordinal) ? Bookmark().Replace(raw.ToString(), string.Empty).AsSpan() : raw;

        // Word pads with spaces before the tab of a cell now and then; a line of spaces is a blank line.
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\u3000' or '\u00A0')
        {
            start++;
        }

        if (start >= line.Length || line[start] != '\t')
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                return LineKind.Blank;
            }

            text = trimmed.ToString();
            return LineKind.Text;
        }

        // Trailing tabs are stray (Word leaves them after the last cell of a row), not empty cells.
        var content = line[(start + 1)..].TrimEnd();
        foreach (var range in content.Split('\t'))
        {
            var cell = content[range].Trim();
            cells.Add(cell.IsEmpty ? string.Empty : cell.ToString());
        }

        return LineKind.Cells;
    }
}
