namespace Jixiao.Data.Entities;

/// <summary>工作保障措施 of a department document, in document order (<see cref="Position"/>).</summary>
public class DocumentSafeguard
{
    public int DocumentId { get; set; }

    public int Position { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
