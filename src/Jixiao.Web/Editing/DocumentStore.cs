using Jixiao.Data;
using Jixiao.Data.Import;
using Jixiao.Data.Queries;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Workflow;
using Jixiao.Data.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Editing;

/// <summary>
/// Every write of the web app goes through the storage layer's importer, so an edit made in a form is stored
/// exactly like an import: one transaction, a new version only for what changed, with who and the
/// <see cref="DocumentComparer"/> lines, the audit entries field by field; then the document is reviewed again.
/// A document under review is refused by the importer (<see cref="ImportException.IsLocked"/>); a project saved
/// by someone else since the form was loaded is refused with <see cref="ConcurrencyGuard"/>'s message.
/// </summary>
public sealed class DocumentStore(JixiaoDbContext db, DocumentImporter importer, DocumentReviewer reviewer)
{
    /// <summary>The source recorded on versions created by a form.</summary>
    public const string WebEditSource = "网页编辑";

    /// <summary>The audit action of a form save.</summary>
    public const string EditAction = "修改";

    public Task<ImportResult> ImportAsync(PerformanceDocument document, string fileName, string user, CancellationToken ct = default) =>
        ImportAsync(document, new ImportRequest(user, fileName), ct);

    public async Task<ImportResult> ImportAsync(PerformanceDocument document, ImportRequest request, CancellationToken ct = default)
    {
        var result = await importer.ImportAsync(document, request, ct).ConfigureAwait(false);
        if (!result.NothingChanged || !await db.ReviewRuns.AnyAsync(r => r.DocumentId == result.DocumentId, ct).ConfigureAwait(false))
        {
            await reviewer.ReviewAndStoreAsync(result.DocumentId, request.User, ct).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Replaces the current content of project <paramref name="projectId"/> if it is still at
    /// <paramref name="baseVersion"/>; the project code stays (it is the project's identity) — except that a project
    /// stored without a code may have one filled in.</summary>
    public async Task<SaveOutcome?> SaveProjectAsync(int projectId, BudgetProject content, int baseVersion, ImportRequest request, CancellationToken ct = default)
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
        var projects = document.Projects.Select(p => ProjectKey.Of(p) == key ? content : p).ToList();
        try
        {
            var result = await ImportAsync(document with { Projects = projects },
                request with { SourceFile = WebEditSource, Action = EditAction, ExpectedVersions = new Dictionary<string, int> { [key] = baseVersion } }, ct).ConfigureAwait(false);
            return SaveOutcome.Saved(result);
        }
        catch (Exception e) when (e is ProjectConcurrencyException or DbUpdateConcurrencyException)
        {
            return SaveOutcome.Refused(StatusCodes.Status409Conflict, await ConflictMessageAsync(projectId, baseVersion, ct).ConfigureAwait(false));
        }
        catch (ImportException e) when (e.IsLocked)
        {
            return SaveOutcome.Refused(StatusCodes.Status403Forbidden, e.Message);
        }
    }

    public async Task<SaveOutcome?> SavePart1Async(int documentId, DepartmentGoals goals, ImportRequest request, CancellationToken ct = default)
    {
        var document = await DocumentQueries.GetAsync(db, documentId, ct).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        try
        {
            return SaveOutcome.Saved(await ImportAsync(document with { DepartmentGoals = goals }, request with { SourceFile = WebEditSource, Action = EditAction }, ct).ConfigureAwait(false));
        }
        catch (ImportException e) when (e.IsLocked)
        {
            return SaveOutcome.Refused(StatusCodes.Status403Forbidden, e.Message);
        }
    }

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
}
