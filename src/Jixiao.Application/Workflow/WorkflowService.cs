using Jixiao.Application.Documents;
using Jixiao.Application.Library;
using Jixiao.Application.Pipeline;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Documents.Json;
using Jixiao.Domain;
using Jixiao.Domain.Workflow;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Domain.Workflow.CarryOver;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Workflow;

/// <summary>
/// The web side of the review workflow (docs/workflow.md): every decision is the domain's
/// (<see cref="WorkflowMachine"/>, <see cref="ReviewComments"/>, <see cref="NextYearDraft"/>); this class loads the
/// stored state, asks, and stores the outcome together with its audit entry in one transaction.
/// </summary>
public sealed class WorkflowService(JixiaoDbContext db, TimeProvider time, DocumentStore store)
{
    public const string CommentEntity = WorkflowMessages.CommentEntity;

    private readonly WorkflowMachine _machine = new(time);

    public async Task<DocumentWorkflow?> LoadAsync(int documentId, UserAccess user, CancellationToken ct = default)
    {
        // The document with its workflow row (without the published snapshot, WorkflowReads), the latest run's grade and
        // whether there are comments or revisit notes at all, in one round trip: every project page asks, most documents
        // have neither, and on PostgreSQL under 50 clients each statement costs the page more than its rows
        // (docs/performance.md, branch s23a). The latest run is read by the run index of the document, as scalars:
        // as a row it became a window over every run stored.
        var loaded = await WorkflowReads.WithWorkflow(db.Documents.Where(d => d.Id == documentId))
            .Select(l => new
            {
                Row = l,
                RunGrade = db.ReviewRuns.Where(r => r.DocumentId == l.Document.Id).OrderByDescending(r => r.Id).Select(r => (Grade?)r.Grade).FirstOrDefault(),
                RunErrors = db.ReviewRuns.Where(r => r.DocumentId == l.Document.Id).OrderByDescending(r => r.Id).Select(r => (int?)r.ErrorCount).FirstOrDefault(),
                HasComments = db.DocumentComments.Any(c => c.DocumentId == l.Document.Id),
                HasNotes = db.RevisitNotes.Any(n => n.DocumentId == l.Document.Id),
            })
            .SingleOrDefaultAsync(ct);
        var document = loaded is null ? null : WorkflowReads.Attach(loaded.Row);
        if (document is null || !user.Can(Operation.Read, Resource.Of(document)))
        {
            return null;
        }

        var actor = WorkflowActors.From(user, document);
        var doc = WorkflowActors.Document(document);
        var comments = loaded!.HasComments ? await LoadCommentsAsync(documentId, ct) : new ReviewComments(time);
        var notes = loaded.HasNotes
            ? await db.RevisitNotes.AsNoTracking().Where(n => n.DocumentId == documentId).OrderBy(n => n.Id).ToListAsync(ct)
            : [];
        var inReview = doc.State is DocumentState.Submitted or DocumentState.Returned;
        var covers = actor is not null && actor.Covers(doc);
        return new DocumentWorkflow(
            document,
            doc.State,
            document.Workflow?.Grade is { } g ? Enum.Parse<Grade>(g) : null,
            actor is null ? [] : _machine.AvailableActions(doc, actor),
            loaded.RunGrade,
            loaded.RunErrors ?? 0,
            comments,
            notes,
            CanEdit: EditRefusal(user, document) is null,
            CanComment: covers && actor!.Role == WorkflowRole.Reviewer && doc.State == DocumentState.Submitted,
            CanReply: covers && inReview && actor!.Role is WorkflowRole.UnitEditor or WorkflowRole.Reviewer,
            CanResolve: covers && inReview && actor!.Role == WorkflowRole.Reviewer,
            CanCarryOver: user.Can(Operation.Edit, Resource.Of(document)) && doc.State is DocumentState.Approved or DocumentState.Published);
    }

    /// <summary>Why the user may not change the document's content now (null: may). Administrators keep their
    /// data-correction right of the web app, but only in the editable states like everyone else.</summary>
    public WorkflowRefusal? EditRefusal(UserAccess user, DepartmentDocument document)
    {
        var doc = WorkflowActors.Document(document);
        if (user.Access.IsAdmin)
        {
            return WorkflowMachine.CheckEditableState(doc.State);
        }

        return WorkflowActors.From(user, document) is { } actor
            ? _machine.CheckEdit(doc, actor)
            : WorkflowMachine.CheckEditableState(DocumentState.Submitted);
    }

    public async Task<WorkflowOutcome> TransitionAsync(int documentId, UserAccess user, WorkflowAction action, string? comment, Grade? grade,
        string ipAddress, CancellationToken ct = default)
    {
        try
        {
            return await Writes.RunAsync(db, time, ct => TransitionInWriteAsync(documentId, user, action, comment, grade, ipAddress, ct), o => o.Succeeded, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new WorkflowOutcome(OutcomeKind.Conflict, WorkflowMessages.ChangedMeanwhile);
        }
    }

    private async Task<WorkflowOutcome> TransitionInWriteAsync(int documentId, UserAccess user, WorkflowAction action, string? comment, Grade? grade,
        string ipAddress, CancellationToken ct)
    {
        var document = await db.Documents.Include(d => d.Workflow).SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return WorkflowOutcome.NotFound;
        }

        // The access policy decides who may act on the document (below); the machine by state and role, with its message.
        if (WorkflowActors.From(user, document) is not { } actor)
        {
            return WorkflowOutcome.Forbidden(WorkflowMessages.NotYours);
        }

        var run = await ReviewQueries.LatestRuns(db).Where(r => r.DocumentId == documentId).SingleOrDefaultAsync(ct);
        var request = new TransitionRequest(action)
        {
            Comment = comment ?? string.Empty,
            Grade = grade,
            BlockingFindings = run?.ErrorCount ?? 0,
            OpenComments = await db.DocumentComments.CountAsync(c => c.DocumentId == documentId && !c.IsResolved, ct),
        };
        var result = _machine.Transition(WorkflowActors.Document(document), actor, request);
        if (!user.Can(WorkflowOperations.Of(action), Resource.Of(document)))
        {
            // Refused by the policy; the machine's refusal (when it has one) says why in the workflow's words.
            return WorkflowOutcome.Forbidden(result.Refusal?.ToString() ?? WorkflowMessages.NotYours);
        }

        if (result.Event is not { } transition)
        {
            var refusal = result.Refusal!;
            return new WorkflowOutcome(refusal.IsForbidden ? OutcomeKind.Forbidden : OutcomeKind.Refused, refusal.ToString());
        }

        var state = document.Workflow ??= new WorkflowState { DocumentId = document.Id };
        state.Status = transition.To.ToStatus();
        state.Comment = transition.Comment;
        state.ChangedBy = transition.UserName;
        state.ChangedAt = transition.At.UtcDateTime;
        state.Revision++;
        if (action is WorkflowAction.Approve or WorkflowAction.Return)
        {
            state.Grade = transition.Grade?.ToString();
        }

        if (action == WorkflowAction.Publish)
        {
            state.PublishedAt = transition.At.UtcDateTime;
            state.PublishedDocument = DocumentJson.Write((await DocumentQueries.GetAsync(db, documentId, ct))!);
        }
        else if (action == WorkflowAction.Unpublish)
        {
            state.PublishedAt = null;
            state.PublishedDocument = null;
        }

        await AuditLog.AppendAsync(db, [AuditDiff.ForTransition(transition, AuditKeys.Document(document), ipAddress)], ct);
        await db.SaveChangesAsync(ct);
        if (action == WorkflowAction.Approve)
        {
            // The approved table joins the region's indicator library in the same transaction (the national base
            // follows with the next full build).
            await LibraryBuild.RefreshRegionAsync(db, document.RegionCode, transition.At.UtcDateTime, ct);
        }

        return WorkflowOutcome.Ok(WorkflowMessages.Transitioned(action, transition.To, transition.Grade));
    }

    public Task<WorkflowOutcome> AddCommentAsync(int documentId, UserAccess user, CommentTarget target, string text, string ipAddress, CancellationToken ct = default) =>
        ChangeCommentAsync(documentId, user, ipAddress, WorkflowMessages.AddVerb, (comments, doc, actor) => comments.Add(doc, actor, target, text), c =>
        {
            db.DocumentComments.Add(new DocumentComment
            {
                DocumentId = documentId, ProjectCode = c.Target.ProjectCode, IndicatorRow = c.Target.IndicatorRow, Field = c.Target.Field,
                Author = c.Author, AuthorRole = c.AuthorRole.ToString(), At = c.At.UtcDateTime, Text = c.Text,
            });
            return Task.CompletedTask;
        }, ct);

    public Task<WorkflowOutcome> ReplyAsync(int documentId, UserAccess user, int commentId, string text, string ipAddress, CancellationToken ct = default) =>
        ChangeCommentAsync(documentId, user, ipAddress, WorkflowMessages.ReplyVerb, (comments, doc, actor) => comments.Reply(doc, actor, commentId, text), c =>
        {
            var reply = c.Replies[^1];
            db.DocumentCommentReplies.Add(new DocumentCommentReply { CommentId = commentId, Author = reply.Author, Role = reply.Role.ToString(), At = reply.At.UtcDateTime, Text = reply.Text });
            return Task.CompletedTask;
        }, ct);

    public Task<WorkflowOutcome> ResolveAsync(int documentId, UserAccess user, int commentId, bool resolved, string ipAddress, CancellationToken ct = default) =>
        ChangeCommentAsync(documentId, user, ipAddress, resolved ? WorkflowMessages.ResolveVerb : WorkflowMessages.ReopenVerb,
            (comments, doc, actor) => resolved ? comments.Resolve(doc, actor, commentId) : comments.Reopen(doc, actor, commentId), async c =>
            {
                var entity = await db.DocumentComments.SingleAsync(x => x.Id == commentId, ct);
                entity.IsResolved = c.IsResolved;
                entity.ResolvedBy = c.ResolvedBy;
                entity.ResolvedAt = c.ResolvedAt?.UtcDateTime;
            }, ct);

    /// <summary>Next year's draft from this document (延续项目) with its revisit notes; refused when that year's
    /// document exists already. The draft is stored and audited by the importer (action 延续); the notes follow.</summary>
    public async Task<(WorkflowOutcome Outcome, int? DocumentId)> CarryOverAsync(int documentId, UserAccess user, string ipAddress, CancellationToken ct = default)
    {
        var entity = await db.Documents.Where(d => d.Id == documentId).SingleWithWorkflowAsync(ct);
        if (entity is null)
        {
            return (WorkflowOutcome.NotFound, null);
        }

        if (!user.Can(Operation.Edit, Resource.Of(entity)))
        {
            return (WorkflowOutcome.Forbidden(WorkflowMessages.CarryOverOnlyOwn), null);
        }

        if (WorkflowMapping.StateOf(entity) is not (DocumentState.Approved or DocumentState.Published))
        {
            return (new WorkflowOutcome(OutcomeKind.Refused, WorkflowMessages.CarryOverOnlyApproved), null);
        }

        var next = entity.FiscalYear + 1;
        if (await db.Documents.AnyAsync(d => d.RegionCode == entity.RegionCode && d.DepartmentCode == entity.DepartmentCode && d.FiscalYear == next, ct))
        {
            return (new WorkflowOutcome(OutcomeKind.Conflict, WorkflowMessages.NextYearExists(entity.DepartmentName, next)), null);
        }

        var document = (await DocumentQueries.GetAsync(db, documentId, ct))!;
        var carried = NextYearDraft.Build(document);
        var request = ImportRequest.By(user.ActorFrom(ipAddress), WorkflowMessages.CarryOverSource(entity.FiscalYear), WorkflowMessages.CarryOverAction);
        // The draft and its revisit notes are one write: a draft without its notes would hide why a row is marked.
        var draftId = await Writes.RunAsync(db, time, async ct =>
        {
            var result = await store.ImportAsync(carried.Document, request, ct);
            db.RevisitNotes.AddRange(carried.Marks.Select(m => new RevisitNote
            {
                DocumentId = result.DocumentId, ProjectCode = ProjectCodeNormalize(m.ProjectCode), IndicatorRow = m.IndicatorRow, Field = m.Field,
                Reason = m.Reason.ToString(), Message = m.Message,
            }));
            await db.SaveChangesAsync(ct);
            return result.DocumentId;
        }, ct);
        return (WorkflowOutcome.Ok(carried.Summary()), draftId);
    }

    private static string ProjectCodeNormalize(string code) => code.Length == 0 ? code : Domain.Goals.ProjectCode.Normalize(code);

    private async Task<ReviewComments> LoadCommentsAsync(int documentId, CancellationToken ct)
    {
        var stored = await db.DocumentComments.AsNoTracking().Include(c => c.Replies).Where(c => c.DocumentId == documentId).OrderBy(c => c.Id).ToListAsync(ct);
        return new ReviewComments(time, stored.Select(CommentMapping.ToDomain));
    }

    private async Task<WorkflowOutcome> ChangeCommentAsync(int documentId, UserAccess user, string ipAddress, string verb,
        Func<ReviewComments, WorkflowDocument, WorkflowActor, CommentOutcome> change, Func<ReviewComment, Task> persist, CancellationToken ct)
    {
        var document = await db.Documents.Where(d => d.Id == documentId).SingleWithWorkflowAsync(ct);
        if (document is null)
        {
            return WorkflowOutcome.NotFound;
        }

        var actor = WorkflowActors.From(user, document);
        if (actor is null || !user.Can(Operation.Read, Resource.Of(document)))
        {
            return WorkflowOutcome.Forbidden(WorkflowMessages.NotYours);
        }

        var outcome = change(await LoadCommentsAsync(documentId, ct), WorkflowActors.Document(document), actor);
        if (outcome.Refusal is { } refusal)
        {
            return new WorkflowOutcome(refusal.IsForbidden || refusal.Reason == RefusalReason.RoleNotAllowed ? OutcomeKind.Forbidden : OutcomeKind.Refused,
                refusal.ToString());
        }

        var comment = outcome.Comment!;
        await Writes.RunAsync(db, time, async ct =>
        {
            await persist(comment);
            var source = AuditSource.Of(actor, ipAddress, time.GetUtcNow());
            var text = verb == WorkflowMessages.ReplyVerb ? comment.Replies[^1].Text : comment.Text;
            await AuditLog.AppendAsync(db, [AuditDiff.Draft(source, verb, CommentEntity, AuditKeys.Document(document), comment.Target.ToString(), string.Empty, text)], ct);
            await db.SaveChangesAsync(ct);
            return comment;
        }, ct);
        return WorkflowOutcome.Ok(WorkflowMessages.CommentChanged(verb));
    }
}
