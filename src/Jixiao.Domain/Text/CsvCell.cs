using System.Text.RegularExpressions;

namespace Jixiao.Domain.Text;

/// <summary>
/// One cell of a CSV export (RFC 4180). A cell that begins with = + - @ (or a tab or carriage return) is run as a
/// formula by Excel and WPS — a user name such as <c>=HYPERLINK(…)</c> typed at the login would then act in the
/// administrator's spreadsheet — so it is written with a leading apostrophe, which spreadsheets show as text; plain
/// numbers (−12.50, -5%) stay as they are. Whoever recomputes an audit hash from the export removes that apostrophe.
/// </summary>
public static partial class CsvCell
{
    public static string Write(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var value = IsFormula(cell) ? "'" + cell : cell;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Whether a spreadsheet would read <paramref name="cell"/> as a formula.</summary>
    public static bool IsFormula(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(cell);

    [GeneratedRegex(@"^[+-]?\d[\d,]*(\.\d+)?%?$")]
    private static partial Regex PlainNumber();
}
