using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Workflow;

/// <summary>
/// Documents read with their workflow row but without its <see cref="WorkflowState.PublishedDocument"/>: the published
/// snapshot is the whole document as JSON (about 2 MB for a department of 250 projects), which only the public page and a
/// new publication need. Loaded by <c>Include(d =&gt; d.Workflow)</c> it came with every project and unit page of a
/// published document — a 4 MB string on the large-object heap per request, whose fragments held gigabytes of memory.
/// The rows come back untracked, with <see cref="WorkflowState.PublishedDocument"/> null; a write that changes the
/// state loads it tracked as before.
/// </summary>
public static class WorkflowReads
{
    /// <summary>The documents of <paramref name="documents"/> (any includes of their own kept), each with its workflow row
    /// minus the published snapshot.</summary>
    public static async Task<List<DepartmentDocument>> ToListWithWorkflowAsync(this IQueryable<DepartmentDocument> documents, CancellationToken ct = default)
    {
        var rows = await WithWorkflow(documents).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(Attach)];
    }

    /// <summary>The one document of <paramref name="documents"/> (null if none) with its workflow row minus the published snapshot.</summary>
    public static async Task<DepartmentDocument?> SingleWithWorkflowAsync(this IQueryable<DepartmentDocument> documents, CancellationToken ct = default)
    {
        var row = await WithWorkflow(documents).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return row is null ? null : Attach(row);
    }

    /// <summary>The documents with their workflow rows (minus the snapshot), to project further in the same statement.</summary>
    internal static IQueryable<Loaded> WithWorkflow(IQueryable<DepartmentDocument> documents) => documents.AsNoTracking()
        .Select(d => new Loaded
        {
            Document = d,
            Workflow = d.Workflow == null ? null : new WorkflowState
            {
                DocumentId = d.Workflow.DocumentId,
                Status = d.Workflow.Status,
                Comment = d.Workflow.Comment,
                Grade = d.Workflow.Grade,
                PublishedAt = d.Workflow.PublishedAt,
                ChangedBy = d.Workflow.ChangedBy,
                ChangedAt = d.Workflow.ChangedAt,
                Revision = d.Workflow.Revision,
            },
        });

    internal static DepartmentDocument Attach(Loaded row)
    {
        row.Document.Workflow = row.Workflow;
        return row.Document;
    }

    internal sealed class Loaded
    {
        public required DepartmentDocument Document { get; init; }

        public WorkflowState? Workflow { get; init; }
    }
}
