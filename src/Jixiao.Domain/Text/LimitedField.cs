namespace Jixiao.Domain.Text;

/// <summary>One text of a document with its limit: the project table (sequence) and indicator row it belongs to
/// (null for Part 1 or the table itself), the field's Chinese name and its value.</summary>
public sealed record LimitedField(int? Table, int? Row, string Field, string Value, int Limit);
