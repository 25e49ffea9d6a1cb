namespace Jixiao.Documents.Grid;

/// <summary>A cell recognised as a label, with what it names and, when the label carries its value after a colon
/// in the same cell ("年度资金总额：16"), that value.</summary>
public sealed record GridLabel(GridCell Cell, LabelMatch Match, string? InlineValue)
{
    public string Field => Match.Field;

    /// <summary>The label as printed, without its inline value ("年度资金总额" of "年度资金总额：16").</summary>
    public string Text { get; init; } = Cell.Text;
}
