namespace Jixiao.Domain.Workflow;

/// <summary>
/// The reviewer comments of one document: reviewers write them while the document is submitted; the unit answers
/// while it is submitted or returned; only a reviewer marks a comment resolved (the unit's answer alone does not
/// settle it). Load the stored comments, apply an operation, save the returned comment.
/// </summary>
public sealed class ReviewComments(TimeProvider time, IEnumerable<ReviewComment>? existing = null)
{
    private readonly List<ReviewComment> _comments = [.. existing ?? []];

    public IReadOnlyList<ReviewComment> All => _comments;

    public int OpenCount => _comments.Count(c => !c.IsResolved);

    /// <summary>The comments shown at a place: the document's own, a project's with its cells, or one cell's.</summary>
    public IReadOnlyList<ReviewComment> At(CommentTarget target) =>
        [.. _comments.Where(c => target.IsDocument ? c.Target.IsDocument : c.Target.IsWithin(target))];

    public CommentOutcome Add(WorkflowDocument document, WorkflowActor actor, CommentTarget target, string text)
    {
        var refusal = Check(document, actor, actor.Role == WorkflowRole.Reviewer && document.State == DocumentState.Submitted,
            CommentMessages.OnlyReviewerComments(document.State)) ?? RequireText(text);
        if (refusal is not null)
        {
            return new(null, refusal);
        }

        var comment = new ReviewComment
        {
            Id = _comments.Count == 0 ? 1 : _comments.Max(c => c.Id) + 1,
            Target = target,
            Author = actor.UserName,
            AuthorRole = actor.Role,
            At = time.GetUtcNow(),
            Text = text.Trim(),
        };
        _comments.Add(comment);
        return new(comment, null);
    }

    public CommentOutcome Reply(WorkflowDocument document, WorkflowActor actor, int commentId, string text)
    {
        var inReview = document.State is DocumentState.Submitted or DocumentState.Returned;
        var allowed = inReview && actor.Role is WorkflowRole.UnitEditor or WorkflowRole.Reviewer;
        return Update(document, actor, commentId, allowed, CommentMessages.ReplyClosed(document.State), RequireText(text),
            c => c with { Replies = [.. c.Replies, new CommentReply(actor.UserName, actor.Role, time.GetUtcNow(), text.Trim())] });
    }

    public CommentOutcome Resolve(WorkflowDocument document, WorkflowActor actor, int commentId) =>
        Update(document, actor, commentId, IsReviewerInReview(document, actor), CommentMessages.OnlyReviewerResolves(), null,
            c => c with { IsResolved = true, ResolvedBy = actor.UserName, ResolvedAt = time.GetUtcNow() });

    public CommentOutcome Reopen(WorkflowDocument document, WorkflowActor actor, int commentId) =>
        Update(document, actor, commentId, IsReviewerInReview(document, actor), CommentMessages.OnlyReviewerResolves(), null,
            c => c with { IsResolved = false, ResolvedBy = null, ResolvedAt = null });

    private static bool IsReviewerInReview(WorkflowDocument document, WorkflowActor actor) =>
        actor.Role == WorkflowRole.Reviewer && document.State is DocumentState.Submitted or DocumentState.Returned;

    private CommentOutcome Update(WorkflowDocument document, WorkflowActor actor, int commentId, bool allowed,
        WorkflowRefusal notAllowed, WorkflowRefusal? invalid, Func<ReviewComment, ReviewComment> change)
    {
        var index = _comments.FindIndex(c => c.Id == commentId);
        var refusal = index < 0 ? CommentMessages.NotFound(commentId) : Check(document, actor, allowed, notAllowed) ?? invalid;
        if (refusal is not null)
        {
            return new(null, refusal);
        }

        _comments[index] = change(_comments[index]);
        return new(_comments[index], null);
    }

    private static WorkflowRefusal? Check(WorkflowDocument document, WorkflowActor actor, bool allowed, WorkflowRefusal notAllowed)
    {
        if (!actor.Covers(document))
        {
            return WorkflowMessages.OutOfScope(actor, document);
        }

        return allowed ? null : notAllowed;
    }

    private static WorkflowRefusal? RequireText(string text) =>
        string.IsNullOrWhiteSpace(text) ? CommentMessages.EmptyText()
        : text.Trim().Length > Text.FieldLimits.Comment ? CommentMessages.TooLong("意见内容", text.Trim().Length)
        : null;
}
