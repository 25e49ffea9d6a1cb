using Jixiao.Data;
using Jixiao.Data.Import;
using Jixiao.Data.Queries;
using Jixiao.Domain.Goals;
using Jixiao.Web.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Editing;

/// <summary>
/// Every write of the web app goes through the storage layer's importer, so an edit made in a form is stored
/// exactly like an import: one transaction, a new version only for what changed, with who and the
/// <see cref="DocumentComparer"/> lines; then the document is reviewed again.
/// </summary>
public sealed class DocumentStore(JixiaoDbContext db, DocumentImporter importer, DocumentReviewer reviewer)
{
    /// <summary>The source recorded on versions created by a form.</summary>
    public const string WebEditSource = "网页编辑";

    public async Task<ImportResult> ImportAsync(PerformanceDocument document, string fileName, string user, CancellationToken ct = default)
    {
        var result = await importer.ImportAsync(document, new ImportRequest(user, fileName), ct).ConfigureAwait(false);
        if (!result.NothingChanged || !await db.ReviewRuns.AnyAsync(r => r.DocumentId == result.DocumentId, ct).ConfigureAwait(false))
        {
            await reviewer.ReviewAndStoreAsync(result.DocumentId, user, ct).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Replaces the current content of project <paramref name="projectId"/>; the project code stays (it is
    /// the project's identity).</summary>
    public async Task<ImportResult?> SaveProjectAsync(int projectId, BudgetProject content, string user, CancellationToken ct = default)
    {
        var document = await LoadDocumentOfProjectAsync(projectId, ct).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var code = await db.Projects.Where(p => p.Id == projectId).Select(p => p.Code).SingleAsync(ct).ConfigureAwait(false);
        var projects = document.Projects.Select(p => ProjectCode.Normalize(p.ProjectCode) == code ? content : p).ToList();
        return await ImportAsync(document with { Projects = projects }, WebEditSource, user, ct).ConfigureAwait(false);
    }

    public async Task<ImportResult?> SavePart1Async(int documentId, DepartmentGoals goals, string user, CancellationToken ct = default)
    {
        var document = await DocumentQueries.GetAsync(db, documentId, ct).ConfigureAwait(false);
        return document is null ? null : await ImportAsync(document with { DepartmentGoals = goals }, WebEditSource, user, ct).ConfigureAwait(false);
    }

    private async Task<PerformanceDocument?> LoadDocumentOfProjectAsync(int projectId, CancellationToken ct)
    {
        var documentId = await db.Projects.AsNoTracking().Where(p => p.Id == projectId && p.RemovedAt == null)
            .Select(p => (int?)p.DocumentId).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return documentId is null ? null : await DocumentQueries.GetAsync(db, documentId.Value, ct).ConfigureAwait(false);
    }
}
