using Jixiao.Application.Pipeline;
using Jixiao.Application.Review;
using Jixiao.Data;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Documents;

/// <summary>
/// The document writes (import of a file, a form's save of Part 1 or of one project, a carried-over draft), each one
/// write of the pipeline (<see cref="Writes"/>): the importer validates and stores — a new version only for what
/// changed, with who and the <see cref="DocumentComparer"/> lines, the audit entries field by field — and the
/// document in hand is reviewed in the same transaction. A document under review is refused by the importer
/// (<see cref="ImportException.IsLocked"/>); a project saved by someone else since the form was loaded is refused
/// with <see cref="ConcurrencyGuard"/>'s message.
/// </summary>
public sealed class DocumentStore(JixiaoDbContext db, DocumentImporter importer, DocumentReviewer reviewer, TimeProvider time)
{
    /// <summary>The source recorded on versions created by a form.</summary>
    public const string WebEditSource = ImportMessages.WebEditSource;

    /// <summary>The audit action of a form save.</summary>
    public const string EditAction = ImportMessages.EditAction;

    public Task<ImportResult> ImportAsync(PerformanceDocument document, string fileName, string user, CancellationToken ct = default) =>
        ImportAsync(document, new ImportRequest(user, fileName), ct);

    /// <summary>Stores <paramref name="document"/> (or, for <see cref="ImportRequest.DryRun"/>, only finds what it would
    /// do and rolls back) and, unless <see cref="ImportRequest.Review"/> is off, reviews it
    /// when it changed or has never been reviewed (stored with the review off before).</summary>
    public Task<ImportResult> ImportAsync(PerformanceDocument document, ImportRequest request, CancellationToken cancellationToken = default)
    {
        // In a write of its own nothing but the importer changes the database before the run is recorded; an
        // enclosing write may have changed (and not yet saved) what the review reads.
        var ownWrite = db.Touched is null;
        return Writes.RunAsync(db, time, async ct =>
        {
            // A new document is always reviewed: its review runs on another core while the importer stores it (the
            // importer writes the document's own year, never what the review reads: the region's profile, last
            // year's 自评表, the library). A stored one is reviewed only if it changed, which the import finds.
            var early = ownWrite && request.Review && !request.DryRun && !await StoredAsync(document, ct).ConfigureAwait(false)
                ? await reviewer.BeginReviewAsync(document, ct).ConfigureAwait(false)
                : null;
            var recorded = false;
            try
            {
                var result = await importer.ImportAsync(document, request, ct).ConfigureAwait(false);
                if (request.Review && !request.DryRun
                    && (early is not null || !result.NothingChanged || !await db.ReviewRuns.AnyAsync(r => r.DocumentId == result.DocumentId, ct).ConfigureAwait(false)))
                {
                    recorded = true;
                    var run = early is null
                        // The document as stored: a file of one part is reviewed with the parts it kept.
                        ? await reviewer.ReviewAsync(result.Stored ?? document, result.DocumentId, request.User, ct).ConfigureAwait(false)
                        : await reviewer.RecordAsync(await early.ConfigureAwait(false), result.DocumentId, request.User, ct).ConfigureAwait(false);
                    return result with { Review = ReviewSummary.Of(run) };
                }

                return result;
            }
            finally
            {
                // A refused import leaves its review to finish unread: its failure, if any, is nobody's to report.
                if (early is not null && !recorded)
                {
                    _ = early.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                }
            }
        }, _ => !request.DryRun, cancellationToken);
    }

    private Task<bool> StoredAsync(PerformanceDocument document, CancellationToken ct) =>
        db.Documents.AnyAsync(d => d.RegionCode == document.RegionCode && d.FiscalYear == document.FiscalYear && d.DepartmentCode == document.DepartmentCode, ct);

    /// <summary>Replaces the current content of project <paramref name="projectId"/> if it is still at
    /// <paramref name="baseVersion"/>; the project code stays (it is the project's identity) — except that a project
    /// stored without a code may have one filled in.</summary>
    public async Task<SaveOutcome?> SaveProjectAsync(int projectId, BudgetProject content, int baseVersion, ImportRequest edit, CancellationToken cancellationToken = default)
    {
        var request = edit with { SourceFile = WebEditSource, Action = EditAction };
        try
        {
            var result = await Writes.RunAsync<ImportResult?>(db, time, async ct =>
            {
                var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId && p.RemovedAt == null)
                    .Select(p => new { p.DocumentId, p.Code }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
                var document = project is null ? null : await DocumentQueries.GetAsync(db, project.DocumentId, ct).ConfigureAwait(false);
                if (project is null || document is null)
                {
                    return null;
                }

                // The edited table replaces the stored one it came from: by code, or — stored without a code — by name.
                var name = await db.ProjectVersions.AsNoTracking().Where(v => v.ProjectId == projectId && v.Number == baseVersion)
                    .Select(v => v.Name).SingleOrDefaultAsync(ct).ConfigureAwait(false) ?? content.ProjectName;
                var key = ProjectKey.Of(project.Code, name);
                // A field the table's form lacked and the edit fills in is asked for from then on (it is no longer
                // lacking); the fields still empty keep the record of the form the table came in.
                var edited = content with { FormLacks = content.StillLacking() };
                var projects = document.Projects.Select(p => ProjectKey.Of(p) == key ? edited : p).ToList();
                return await ImportAsync(document with { Projects = projects },
                    request with { ExpectedVersions = new Dictionary<string, int> { [key] = baseVersion } }, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return result is null ? null : SaveOutcome.Saved(result);
        }
        catch (Exception e) when (e is ProjectConcurrencyException or DbUpdateConcurrencyException)
        {
            return SaveOutcome.Refused(OutcomeKind.Conflict, await ConflictMessageAsync(projectId, baseVersion, cancellationToken).ConfigureAwait(false));
        }
        catch (ImportException e)
        {
            // Locked, or content a form let through that the store refuses (a name over 100 characters …).
            return SaveOutcome.Refused(e.IsLocked ? OutcomeKind.Forbidden : OutcomeKind.Invalid, e.IsLocked ? e.Message : e.Explanation);
        }
    }

    public Task<SaveOutcome?> SavePart1Async(int documentId, DepartmentGoals goals, ImportRequest edit, CancellationToken cancellationToken = default) =>
        SaveGoalsAsync(documentId, stored => WithStoredTable(goals, stored), edit, cancellationToken);

    /// <summary>Replaces the 部门整体支出绩效目标表 of document <paramref name="documentId"/> — 部门职能, 年度主要任务,
    /// funds, indicator rows and its 年度总体目标 (Part 1's overall goal) — keeping the sub-goals and safeguards; null
    /// removes the table (the overall goal stays: it is also Part 1's). Saved like the Part 1 form: one write, the
    /// comparer's lines in the audit trail, the document reviewed again.</summary>
    public Task<SaveOutcome?> SaveDepartmentTableAsync(int documentId, DepartmentGoals? table, ImportRequest edit, CancellationToken cancellationToken = default) =>
        SaveGoalsAsync(documentId, stored => stored with
        {
            OverallGoal = table?.OverallGoal ?? stored.OverallGoal,
            Duties = table?.Duties ?? string.Empty,
            Tasks = table?.Tasks ?? [],
            Funds = table?.Funds ?? [],
            Indicators = table?.Indicators ?? [],
        }, edit, cancellationToken);

    private async Task<SaveOutcome?> SaveGoalsAsync(int documentId, Func<DepartmentGoals, DepartmentGoals> edited, ImportRequest edit, CancellationToken cancellationToken)
    {
        try
        {
            var result = await Writes.RunAsync<ImportResult?>(db, time, async ct =>
                await DocumentQueries.GetAsync(db, documentId, ct).ConfigureAwait(false) is { } document
                    ? await ImportAsync(WithPart1(document, edited(document.DepartmentGoals)),
                        edit with { SourceFile = WebEditSource, Action = EditAction }, ct).ConfigureAwait(false)
                    : null, cancellationToken).ConfigureAwait(false);
            return result is null ? null : SaveOutcome.Saved(result);
        }
        catch (ImportException e)
        {
            // Locked, or content a form let through that the store refuses (a name over 100 characters …).
            return SaveOutcome.Refused(e.IsLocked ? OutcomeKind.Forbidden : OutcomeKind.Invalid, e.IsLocked ? e.Message : e.Explanation);
        }
    }

    /// <summary>The Part 1 form edits the overall goal, sub-goals and safeguards only: what an imported 部门整体支出绩效目标表
    /// gave (部门职能, 年度主要任务, funds, indicator rows) is kept, not emptied by a save of the form.</summary>
    private static DepartmentGoals WithStoredTable(DepartmentGoals edited, DepartmentGoals stored) => edited.HasTable ? edited : edited with
    {
        Duties = stored.Duties,
        Tasks = stored.Tasks,
        Funds = stored.Funds,
        Indicators = stored.Indicators,
    };

    private async Task<string> ConflictMessageAsync(int projectId, int baseVersion, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var versions = await db.ProjectVersions.AsNoTracking().Where(v => v.ProjectId == projectId && v.Number > baseVersion)
            .OrderBy(v => v.Number).Select(v => new { v.Number, v.CreatedBy, v.CreatedAt, v.Changes }).ToListAsync(ct).ConfigureAwait(false);
        var current = versions.Count == 0 ? baseVersion + 1 : versions[^1].Number;
        var history = versions.Select(v => new SavedVersion(v.Number, v.CreatedBy, new DateTimeOffset(DateTime.SpecifyKind(v.CreatedAt, DateTimeKind.Utc)),
            v.Changes.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        return ConcurrencyGuard.Check(baseVersion, current, history)!.Message;
    }

    /// <summary>The document with Part 1 as edited: a file of goal tables only whose Part 1 is now written in is
    /// checked like a department's text from then on.</summary>
    private static PerformanceDocument WithPart1(PerformanceDocument document, DepartmentGoals goals)
    {
        var edited = document with { DepartmentGoals = goals };
        return edited with { FormLacks = edited.StillLacking() };
    }
}
