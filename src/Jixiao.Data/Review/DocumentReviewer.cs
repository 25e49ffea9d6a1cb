using Jixiao.Data.Entities;
using Jixiao.Data.Queries;
using Jixiao.Data.Summaries;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Review;

/// <summary>
/// The one place the stored documents are reviewed: the web app after every import and every save, and
/// `jixiao db review` for all documents of a region or year (after a rule change). The run (score, grade,
/// findings located by project, row and field) is stored, so lists and the dashboard read the latest run instead
/// of reviewing on every request.
/// </summary>
public sealed class DocumentReviewer(JixiaoDbContext db, TimeProvider time)
{
    private static readonly ReviewEngine Engine = new();

    public static ReviewOutcome Review(PerformanceDocument document)
    {
        var report = Engine.Review(document);
        return new ReviewOutcome(report.Findings, report.DocumentScore, report.DocumentGrade, report.ProfileId);
    }

    /// <summary>Reviews the stored document and records the run; returns null when there is no such document.</summary>
    public async Task<ReviewRun?> ReviewAndStoreAsync(int documentId, string user, CancellationToken cancellationToken = default)
    {
        var document = await DocumentQueries.GetAsync(db, documentId, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var outcome = Review(document);
        // Findings name their project by code, or — for a table without one — by its number in the document.
        var projects = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.Project!.DocumentId == documentId && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .Select(v => new { v.ProjectId, v.Project!.Code, v.Sequence }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var projectIds = projects.Where(p => p.Code.Length > 0).ToDictionary(p => p.Code, p => p.ProjectId, StringComparer.Ordinal);
        var withoutCode = projects.Where(p => p.Code.Length == 0).GroupBy(p => p.Sequence).ToDictionary(g => g.Key, g => g.First().ProjectId);
        var run = new ReviewRun
        {
            DocumentId = documentId,
            Profile = outcome.Profile,
            Score = outcome.Score,
            Grade = outcome.Grade,
            ErrorCount = outcome.Findings.Count(f => f.Severity == Severity.Error),
            WarningCount = outcome.Findings.Count(f => f.Severity == Severity.Warning),
            RunBy = user,
            RunAt = time.GetUtcNow().UtcDateTime,
            Findings = [.. outcome.Findings.Select(f => new ReviewFinding
            {
                RuleId = f.RuleId,
                Severity = f.Severity,
                Dimension = f.Dimension,
                ProjectId = f.ProjectCode is { Length: > 0 } code && projectIds.TryGetValue(ProjectCode.Normalize(code), out var id) ? id
                    : f.ProjectSequence is { } sequence && withoutCode.TryGetValue(sequence, out var byNumber) ? byNumber : null,
                ProjectSequence = f.ProjectSequence,
                ProjectCode = f.ProjectCode,
                IndicatorRow = f.IndicatorRow,
                GoalNumber = f.GoalNumber,
                Field = f.Field,
                Message = f.Message,
                Fix = f.Fix,
                Source = f.Source,
            })],
        };
        // The run and the dashboard lines it changes are written together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.ReviewRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await DashboardSummaries.RefreshDocumentAsync(db, documentId, [], run.RunAt, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return run;
    }
}
