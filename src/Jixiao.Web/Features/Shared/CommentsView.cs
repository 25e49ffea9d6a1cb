using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Features.Shared;

/// <summary>The model of the _Comments partial: comments with replies, and whether the user may answer or resolve.</summary>
public sealed record CommentsView(IReadOnlyList<ReviewComment> Comments, int DocumentId, bool CanReply, bool CanResolve);
