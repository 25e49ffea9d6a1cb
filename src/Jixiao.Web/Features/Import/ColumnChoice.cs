namespace Jixiao.Web.Features.Import;

/// <summary>The user's choice in a column's drop-down on the import preview: heading key, what the reader read it as
/// (<see cref="Original"/>) and what the user chose; only a changed choice is a correction.</summary>
public sealed class ColumnChoice
{
    public string Key { get; set; } = string.Empty;

    public string Column { get; set; } = string.Empty;

    public string Original { get; set; } = string.Empty;
}
