namespace Jixiao.Documents.FormReading;

/// <summary>The "source" object of the score and assessment JSON for a form read from a file: the table, the money
/// unit and where it was read, how many indicator rows were read and which rows were skipped with why.</summary>
internal static class FormSourceJson
{
    public static object Of(string table, MoneyUnitReading unit, int indicatorRows, IReadOnlyList<SkippedRow> skipped) => new
    {
        table,
        moneyUnit = unit.Unit.Name,
        moneyUnitSource = unit.Source,
        indicatorRows,
        skippedRows = skipped.Select(k => new { place = k.Place, text = k.Text, reason = k.Reason }),
    };
}
