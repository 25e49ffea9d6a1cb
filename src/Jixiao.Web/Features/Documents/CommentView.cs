namespace Jixiao.Web.Features.Documents;

/// <summary>A reviewer comment as the API returns it.</summary>
public sealed record CommentView(int Id, string Target, string? ProjectCode, int? IndicatorRow, string? Field, string Author, string Text,
    bool Resolved, IReadOnlyList<string> Replies);
