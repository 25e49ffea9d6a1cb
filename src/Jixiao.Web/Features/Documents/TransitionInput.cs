namespace Jixiao.Web.Features.Documents;

/// <summary>A workflow request: action (Submit or 提交 …), the comment, the 88号 grade (优/良/中/差).</summary>
public sealed record TransitionInput(string? Action, string? Comment, string? Grade);
