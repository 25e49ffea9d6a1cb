namespace Jixiao.Documents.GoalTables;

/// <summary>How one project's table was read: where its indicator table is, each column, each label of its head,
/// how many indicator rows were read and notes (rows skipped, levels inferred, money unit converted).</summary>
public sealed record TableMapping
{
    public int ProjectSequence { get; init; }

    public string ProjectName { get; init; } = string.Empty;

    /// <summary>The table ("第 2 个表格", a sheet name) and the row of the indicator heading.</summary>
    public string Table { get; init; } = string.Empty;

    public string HeaderPlace { get; init; } = string.Empty;

    public IReadOnlyList<ColumnMapping> Columns { get; init; } = [];

    public IReadOnlyList<LabelMapping> Labels { get; init; } = [];

    public int Rows { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The lowest confidence of a mapped column, 1 when every column was named exactly.</summary>
    public double Confidence => Columns.Where(c => c.Kind == MappingKind.Mapped).Select(c => c.Confidence).DefaultIfEmpty(1).Min();
}
