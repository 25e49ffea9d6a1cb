using System.Text;

namespace Jixiao.Documents.Payments;

/// <summary>
/// Splits CSV text (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes) into records, each with the
/// 1-based line it starts on. The delimiter is a comma, or a tab when the first line has tabs and no commas
/// (exports pasted from Excel).
/// </summary>
internal static class CsvText
{
    public static List<(int Line, List<string> Cells)> Split(string text)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n', StringComparison.Ordinal) is var nl and >= 0 ? nl : text.Length));
        var delimiter = firstLine.Contains('\t') && !firstLine.Contains(',') ? '\t' : ',';
        var records = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            if (c == '"' && cell.ToString().Trim().Length == 0)
            {
                cell.Clear();
                quoted = true;
            }
            else if (c == delimiter)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                records.Add((recordLine, cells));
                cells = [];
                line++;
                recordLine = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((recordLine, cells));
        }

        return records;
    }
}
