namespace Jixiao.Documents.Grid;

/// <summary>What makes a cell a label, worked out from its text alone (<see cref="GridSearch.LabelOf"/>): the match,
/// the value after a colon in the same cell and the label as printed. Kept once per short text and read
/// (<see cref="CellTextCache"/>); a <see cref="GridLabel"/> is made of it only for a reader that asks for the cell's
/// label, not for each question whether a cell is one.</summary>
internal sealed record TextLabel(LabelMatch Match, string? InlineValue, string Text)
{
    public GridLabel Of(GridCell cell) => new(cell, Match, InlineValue) { Text = Text };
}
