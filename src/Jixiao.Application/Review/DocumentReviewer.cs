using Jixiao.Application.Documents;
using Jixiao.Application.Execution;
using Jixiao.Application.Pipeline;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// <summary>
/// The one place documents are reviewed for storing: inside the write that imports or saves them (the document in
/// hand, no reload), and by `jixiao db review` for the stored documents of a region or year after a rule change. The
/// region's 审核规则配置 applies (<see cref="RegionProfiles.Review"/>), with the data the document lacks taken from the
/// database (<see cref="ReviewSupplements"/>). The run (score, grade, findings located by project, row and field) is
/// stored, so lists and the dashboard read the latest run instead of reviewing on every request.
/// </summary>
public sealed class DocumentReviewer(JixiaoDbContext db, TimeProvider time)
{
    private static readonly ReviewEngine Engine = new();

    public static ReviewOutcome Review(PerformanceDocument document, ReviewProfile? profile = null, ReviewSupplement? supplement = null)
    {
        var report = Engine.Review(document, profile, supplement);
        return new ReviewOutcome(report.Findings, report.DocumentScore, report.DocumentGrade, report.ProfileId);
    }

    /// <summary>Reviews <paramref name="document"/>, stored as document <paramref name="documentId"/>, and records the
    /// run as part of the current write (or as a write of its own).</summary>
    public Task<ReviewRun> ReviewAsync(PerformanceDocument document, int documentId, string user, CancellationToken cancellationToken = default) =>
        Writes.RunAsync(db, time, async ct =>
        {
            var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == document.RegionCode, ct).ConfigureAwait(false);
            var profile = region is null ? ReviewProfile.Default : RegionProfiles.Review(region);
            var supplement = await ReviewSupplements.ForAsync(db, document, ct).ConfigureAwait(false);
            var outcome = Review(document, profile, supplement);
            // Findings name their project by code, or — for a table without one — by its number in the document.
            var projects = await db.ProjectVersions.AsNoTracking()
                .Where(v => v.Project!.DocumentId == documentId && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
                .Select(v => new { v.ProjectId, v.Project!.Code, v.Sequence }).ToListAsync(ct).ConfigureAwait(false);
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
            db.ReviewRuns.Add(run);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return run;
        }, cancellationToken);

    /// <summary>Reviews the stored document again (the rules or the region's profile changed) and records the run;
    /// null when there is no such document.</summary>
    public Task<ReviewRun?> ReviewStoredAsync(int documentId, string user, CancellationToken cancellationToken = default) =>
        Writes.RunAsync<ReviewRun?>(db, time, async ct =>
            await DocumentQueries.GetAsync(db, documentId, ct).ConfigureAwait(false) is { } document
                ? await ReviewAsync(document, documentId, user, ct).ConfigureAwait(false)
                : null, cancellationToken);
}
