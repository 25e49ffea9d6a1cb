namespace Jixiao.Documents.GoalTables;

/// <summary>One column of an indicator table as the reader understood it: the heading printed (sub-headings joined
/// with "/"), the grid columns it covers, what it was read as, how sure the reader is and why.</summary>
public sealed record ColumnMapping(string Header, int FirstColumn, int LastColumn, GoalColumn Column, double Confidence, string How)
{
    /// <summary>The heading's comparison key: the key a saved layout uses for this column.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>A column of the 中期/长期 part (kept with the row, never read as the annual value).</summary>
    public bool LongTerm { get; init; }

    public string ColumnName => GoalVocabulary.Chinese(Column);

    /// <summary>Mapped to a field, kept as an extra column, or not read.</summary>
    public MappingKind Kind => Column switch
    {
        GoalColumn.Ignore or GoalColumn.Block => MappingKind.Ignored,
        GoalColumn.Extra or GoalColumn.LongTermTarget or GoalColumn.PriorActual => MappingKind.Extra,
        _ when LongTerm => MappingKind.Extra,
        _ => MappingKind.Mapped,
    };
}
