namespace Jixiao.Documents.GoalTables;

/// <summary>How a file's tables were read: for every project, which heading became which field, what was kept as
/// an extra column, what was ignored, with a confidence. Shown by <c>jixiao import --explain</c> and on the web
/// import preview, where the user can correct a column before confirming.</summary>
public sealed record MappingReport(IReadOnlyList<TableMapping> Tables)
{
    public static MappingReport Empty { get; } = new([]);

    /// <summary>The distinct headings of the file with what each was read as (the first table's choice): one
    /// drop-down per heading on the web page.</summary>
    public IReadOnlyList<ColumnMapping> DistinctColumns =>
        [.. Tables.SelectMany(t => t.Columns).Where(c => c.Key.Length > 0).GroupBy(c => c.Key).Select(g => g.First())];
}
