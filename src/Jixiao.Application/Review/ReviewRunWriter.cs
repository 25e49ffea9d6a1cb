using Jixiao.Data;
using Jixiao.Data.Bulk;
using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// <summary>
/// Stores review runs inside the current write without the change tracker: keys reserved first, then the runs and
/// their findings written in one pass each (binary COPY on PostgreSQL, one prepared INSERT on SQLite, as the
/// importer writes projects), with the run's counts per unit, rule and severity (<see cref="ReviewFindingCount"/>, what
/// the 审核 list sums); a finding refers to its advice and source, stored once (<see cref="FindingTextIds"/>). The
/// findings and counts of the documents' earlier runs are removed by one DELETE each: only the latest run's are ever
/// read, while the earlier runs themselves (score, grade, who and when) stay as history. A run that finds exactly what
/// the document's latest run stores writes no findings: it refers to them (<see cref="ReviewRun.FindingsRunId"/>,
/// docs/adr/0013). Returns the runs and the id of
/// each text their findings refer to, which the caller may keep (<see cref="KnownFindingTexts"/>) once the write commits.
/// </summary>
internal static class ReviewRunWriter
{
    public static async Task<(IReadOnlyList<ReviewRun> Runs, IReadOnlyDictionary<(string Fix, string Source), long> Texts)> WriteAsync(JixiaoDbContext db,
        IReadOnlyList<KeyValuePair<int, ReviewOutcome>> outcomes, string user, DateTime now, KnownFindingTexts? known, CancellationToken ct)
    {
        var documentIds = outcomes.Select(o => o.Key).Distinct().ToList();
        // Findings name their project by code, or — for a table without one — by its number in the document.
        var projects = (await db.ProjectVersions.AsNoTracking()
                .Where(v => documentIds.Contains(v.Project!.DocumentId) && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
                .Select(v => new { v.Project!.DocumentId, v.ProjectId, v.Project.UnitId, v.Project.Code, v.Sequence }).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(p => p.DocumentId);
        var bulk = BulkInserter.For(db);
        var texts = await FindingTextIds.ForAsync(db, bulk, outcomes.SelectMany(o => o.Value.Findings), known, ct).ConfigureAwait(false);
        var unitOf = projects.SelectMany(g => g).GroupBy(p => p.ProjectId).ToDictionary(g => g.Key, g => g.First().UnitId);
        var latest = await LatestFindingsAsync(db, documentIds, ct).ConfigureAwait(false);
        // Documents never reviewed (every document of a first import) have no earlier findings to delete: read under
        // the documents' lock, so no other write adds a run of them before this one ends.
        var reviewedBefore = latest.Count > 0;
        var runIds = await bulk.ReserveIdsAsync<ReviewRun>(outcomes.Count, ct).ConfigureAwait(false);
        var runs = new List<ReviewRun>(outcomes.Count);
        foreach (var ((documentId, outcome), runId) in outcomes.Zip(runIds))
        {
            var ofDocument = projects[documentId].ToList();
            var projectIds = ofDocument.Where(p => p.Code.Length > 0).ToDictionary(p => p.Code, p => p.ProjectId, StringComparer.Ordinal);
            var withoutCode = ofDocument.Where(p => p.Code.Length == 0).GroupBy(p => p.Sequence).ToDictionary(g => g.Key, g => g.First().ProjectId);
            var found = outcome.Findings;
            var projectOf = new int?[found.Count];
            var textOf = new long[found.Count];
            for (var i = 0; i < found.Count; i++)
            {
                var f = found[i];
                projectOf[i] = f.ProjectCode is { Length: > 0 } code && projectIds.TryGetValue(ProjectCode.Normalize(code), out var id) ? id
                    : f.ProjectSequence is { } sequence && withoutCode.TryGetValue(sequence, out var byNumber) ? byNumber : null;
                textOf[i] = texts[(f.Fix, f.Source)];
            }

            // The same findings as the document's latest run stores (a review again with nothing changed): this run
            // refers to them instead of deleting and writing them again (docs/adr/0013). The digest is taken of the
            // findings as they would be stored, before the rows are built, so each row is built once with its run.
            var digest = FindingsDigest.Of(found, projectOf, textOf, unitOf);
            var findingsRunId = latest.TryGetValue(documentId, out var last) && FindingsDigest.Same(last.Digest, digest) ? last.FindingsRunId : runId;
            latest[documentId] = (findingsRunId, digest);
            // Built for a run that refers to earlier findings too: the run returns what it found.
            List<ReviewFinding> findings = [.. found.Select((f, i) => new ReviewFinding
            {
                ReviewRunId = findingsRunId,
                RuleId = f.RuleId,
                Severity = f.Severity,
                Dimension = f.Dimension,
                ProjectId = projectOf[i],
                ProjectSequence = f.ProjectSequence,
                ProjectCode = f.ProjectCode,
                IndicatorRow = f.IndicatorRow,
                GoalNumber = f.GoalNumber,
                Field = f.Field,
                Message = f.Message,
                TextId = textOf[i],
            })];
            runs.Add(new ReviewRun
            {
                Id = runId,
                DocumentId = documentId,
                Profile = outcome.Profile,
                Score = outcome.Score,
                Grade = outcome.Grade,
                ErrorCount = outcome.Findings.Count(f => f.Severity == Severity.Error),
                WarningCount = outcome.Findings.Count(f => f.Severity == Severity.Warning),
                RunBy = user,
                RunAt = now,
                FindingsRunId = findingsRunId,
                FindingsDigest = digest,
                Findings = findings,
            });
        }

        // Only the runs that found something new store findings and counts.
        var written = runs.Where(r => r.FindingsRunId == r.Id).SelectMany(r => r.Findings).ToList();
        // The lines the 审核 list sums: findings per run, unit, rule and severity.
        var counts = written.GroupBy(f => (f.ReviewRunId, UnitId: f.ProjectId is { } p && unitOf.TryGetValue(p, out var unit) ? unit : (int?)null, f.RuleId, f.Severity))
            .Select(g => new ReviewFindingCount { ReviewRunId = g.Key.ReviewRunId, UnitId = g.Key.UnitId, RuleId = g.Key.RuleId, Severity = g.Key.Severity, Count = g.Count() })
            .ToList();
        var countIds = await bulk.ReserveIdsAsync<ReviewFindingCount>(counts.Count, ct).ConfigureAwait(false);
        for (var i = 0; i < counts.Count; i++)
        {
            counts[i].Id = countIds[i];
        }

        var findingIds = await bulk.ReserveIdsAsync<ReviewFinding>(written.Count, ct).ConfigureAwait(false);
        for (var i = 0; i < written.Count; i++)
        {
            written[i].Id = findingIds[i];
        }

        // Runs committed by another write after these keys were reserved are newer: their findings stay, and so do those
        // the new runs refer to.
        var firstNew = runIds.Count == 0 ? 0 : runIds.Min();
        var kept = runs.Where(r => r.FindingsRunId != r.Id).Select(r => r.FindingsRunId).Distinct().ToList();
        var earlier = db.ReviewRuns.Where(r => documentIds.Contains(r.DocumentId) && r.Id < firstNew && !kept.Contains(r.Id)).Select(r => r.Id);
        if (reviewedBefore)
        {
            await db.ReviewFindings.Where(f => earlier.Contains(f.ReviewRunId)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
            await db.ReviewFindingCounts.Where(c => earlier.Contains(c.ReviewRunId)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        }

        await bulk.InsertAsync(runs, ct).ConfigureAwait(false);
        await bulk.InsertAsync(written, ct).ConfigureAwait(false);
        await bulk.InsertAsync(counts, ct).ConfigureAwait(false);
        return (runs, texts);
    }

    /// <summary>The findings run and digest of each document's latest run, as committed. On PostgreSQL the documents' rows
    /// are locked first (<c>FOR NO KEY UPDATE</c>, in key order, until the write ends): two writes of one document's runs
    /// then go one after the other, so a run never refers to findings that another write is replacing. SQLite's single
    /// writer already does that.</summary>
    private static async Task<Dictionary<int, (long FindingsRunId, byte[]? Digest)>> LatestFindingsAsync(JixiaoDbContext db, List<int> documentIds,
        CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM \"Documents\" WHERE \"Id\" = ANY({0}) ORDER BY \"Id\" FOR NO KEY UPDATE",
                [documentIds.Order().ToArray()], ct).ConfigureAwait(false);
        }

        return await db.ReviewRuns.AsNoTracking()
            .Where(r => documentIds.Contains(r.DocumentId) && r.Id == db.ReviewRuns.Where(x => x.DocumentId == r.DocumentId).Max(x => x.Id))
            .Select(r => new { r.DocumentId, r.FindingsRunId, r.FindingsDigest })
            .ToDictionaryAsync(r => r.DocumentId, r => (r.FindingsRunId, r.FindingsDigest), ct).ConfigureAwait(false);
    }
}
