namespace Jixiao.Web.Features.Import;

/// <summary>An uploaded file carried in the preview page (base64), so the user's column corrections can be applied
/// by reading it again without any state on the server.</summary>
public sealed class SourceItem
{
    public string FileName { get; set; } = string.Empty;

    public string Content { get; set; } = string.Empty;
}
