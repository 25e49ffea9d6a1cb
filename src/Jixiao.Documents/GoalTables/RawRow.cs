namespace Jixiao.Documents.GoalTables;

/// <summary>One body row of an indicator table: the text under each heading (aligned with
/// <see cref="IndicatorHeader.Columns"/>) and where the row is.</summary>
internal sealed record RawRow(IReadOnlyList<string> Values, string Place, int Line)
{
    public bool IsEmpty => Values.All(v => v.Length == 0);
}
