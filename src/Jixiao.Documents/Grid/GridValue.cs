namespace Jixiao.Documents.Grid;

/// <summary>The value read for a label and the cell it came from (the label's own cell for an inline value).</summary>
public sealed record GridValue(string Text, GridCell Cell);
