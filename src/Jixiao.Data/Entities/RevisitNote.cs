namespace Jixiao.Data.Entities;

/// <summary>A place in a carried-over draft (延续项目) the unit has to look at again: a target, a year in a text,
/// last year's budget (docs/workflow.md §8). Written once when the draft is created.</summary>
public class RevisitNote
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    /// <summary>Empty for a document-level note (Part 1, title).</summary>
    public string ProjectCode { get; set; } = string.Empty;

    public int? IndicatorRow { get; set; }

    public string Field { get; set; } = string.Empty;

    /// <summary>The domain's RevisitReason name.</summary>
    public string Reason { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;
}
