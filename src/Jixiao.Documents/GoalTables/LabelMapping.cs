namespace Jixiao.Documents.GoalTables;

/// <summary>A label of a table's head, the field it was read into and the value read (shortened).</summary>
public sealed record LabelMapping(string Label, string Field, string Value, string Place, double Confidence);
