namespace Jixiao.Web.Features.Documents;

/// <summary>A comment or reply: the target (no project code = the whole document; a field = one cell) and the text.</summary>
public sealed record CommentInput(string? ProjectCode, int? IndicatorRow, string? Field, string? Text);
