namespace Jixiao.Web.Features.Import;

/// <summary>A previewed file sent back for import: its name and the document as read, in the JSON form (so the
/// confirm step needs no server-side state and works behind a load balancer).</summary>
public sealed class ConfirmItem
{
    public string FileName { get; set; } = string.Empty;

    public string Json { get; set; } = string.Empty;
}
