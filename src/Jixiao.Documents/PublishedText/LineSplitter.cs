using System.Text.RegularExpressions;

namespace Jixiao.Documents.PublishedText;

/// <summary>
/// Cleans one line of a published text at a time, on the span of the decoded text: bookmark markers removed,
/// a line that starts with a tab (after Word's padding spaces) is a row of cells, any other line is text. Cells are
/// given as ranges of the line, texts of other lines as strings; no list of lines is built (files run to many megabytes).
/// </summary>
internal static partial class LineSplitter
{
    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    /// <summary>What a line is: blank, text (<paramref name="text"/>) or cells, whose places are added to
    /// <paramref name="cells"/> (cleared first) as ranges of the line — of <paramref name="rewritten"/> when the line
    /// had to be rewritten (bookmark markers removed), else of <paramref name="raw"/>. No string is made for a cell:
    /// the grid reader makes it from the decoded text when it builds the grid.</summary>
    public static LineKind Split(ReadOnlySpan<char> raw, List<Range> cells, out string text, out string? rewritten)
    {
        cells.Clear();
        text = string.Empty;
        rewritten = raw.Contains("[bookmark:", StringComparison.Ordinal) ? Bookmark().Replace(raw.ToString(), string.Empty) : null;
        var line = rewritten is null ? raw : rewritten.AsSpan();

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
        var offset = start + 1;
        foreach (var range in content.Split('\t'))
        {
            var (from, length) = range.GetOffsetAndLength(content.Length);
            var cell = content.Slice(from, length);
            var lead = cell.Length - cell.TrimStart().Length;
            var kept = cell.Trim().Length;
            cells.Add(new Range(offset + from + lead, offset + from + lead + kept));
        }

        return LineKind.Cells;
    }
}
