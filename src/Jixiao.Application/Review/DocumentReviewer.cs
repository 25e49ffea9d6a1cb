using System.Diagnostics;
using System.Globalization;
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
/// <remarks>
/// Stored documents are reviewed a batch at a time at close to the in-memory speed: read by set-based queries
/// without the change tracker, reviewed on every core, and the runs written by <see cref="ReviewRunWriter"/> (bulk
/// inserts, earlier findings replaced by one DELETE).
/// </remarks>
public sealed class DocumentReviewer(JixiaoDbContext db, TimeProvider time)
{
    private static readonly ReviewEngine Engine = new();

    // The texts this reviewer's own writes committed: a batch of `db review` finds those of the batches before it here.
    private readonly KnownFindingTexts knownTexts = new();

    /// <summary>The wall time of this reviewer's stored reviews by phase.</summary>
    public StoredReviewTimings Timings { get; } = new();

    public static ReviewOutcome Review(PerformanceDocument document, ReviewProfile? profile = null, ReviewSupplement? supplement = null)
    {
        var report = Engine.Review(document, profile, supplement);
        return new ReviewOutcome(report.Findings, report.DocumentScore, report.DocumentGrade, report.ProfileId);
    }

    /// <summary>Reviews <paramref name="document"/>, stored as document <paramref name="documentId"/>, and records the
    /// run as part of the current write (or as a write of its own).</summary>
    public async Task<ReviewRun> ReviewAsync(PerformanceDocument document, int documentId, string user, CancellationToken cancellationToken = default) =>
        (await Writes.RunAsync(db, time, async ct =>
        {
            var outcome = (await ReviewAllAsync([KeyValuePair.Create(documentId, document)], ct).ConfigureAwait(false))[0];
            return (await ReviewRunWriter.WriteAsync(db, [KeyValuePair.Create(documentId, outcome)], user, time.GetUtcNow().UtcDateTime, null, ct)
                .ConfigureAwait(false)).Runs;
        }, cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Reviews the stored document again (the rules or the region's profile changed) and records the run;
    /// null when there is no such document.</summary>
    public async Task<ReviewRun?> ReviewStoredAsync(int documentId, string user, CancellationToken cancellationToken = default) =>
        (await ReviewStoredAsync([documentId], user, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>Reviews the stored documents <paramref name="documentIds"/> again in one write and records a run for
    /// each (in the order given; ids without a document are left out). Meant for batches of a few thousand
    /// projects: the documents, their runs and findings are in memory together.</summary>
    public Task<IReadOnlyList<ReviewRun>> ReviewStoredAsync(IReadOnlyList<int> documentIds, string user, CancellationToken cancellationToken = default) =>
        Writes.RunAsync(db, time, async ct => await StoreAsync(await PrepareStoredAsync(documentIds, ct).ConfigureAwait(false), user, ct).ConfigureAwait(false),
            cancellationToken);

    /// <summary>Reads and reviews the stored documents <paramref name="documentIds"/> without writing anything, so that
    /// the next batch can be prepared (on another context) while this one is recorded by <see cref="StoreAsync"/>.</summary>
    public async Task<IReadOnlyList<PreparedReview>> PrepareStoredAsync(IReadOnlyList<int> documentIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var ids = documentIds.Distinct().ToList();
        var started = Stopwatch.GetTimestamp();
        var stamps = await StampsAsync(ids, ct).ConfigureAwait(false);
        var documents = await DocumentQueries.GetManyAsync(db, ids, ct).ConfigureAwait(false);
        var found = ids.Where(documents.ContainsKey).Select(id => KeyValuePair.Create(id, documents[id])).ToList();
        Timings.AddRead(started);
        var outcomes = await ReviewAllAsync(found, ct).ConfigureAwait(false);
        return [.. found.Select((d, i) => new PreparedReview(d.Key, stamps.GetValueOrDefault(d.Key, string.Empty), outcomes[i]))];
    }

    /// <summary>Records the runs of <paramref name="prepared"/> in one write; a document changed since it was read is
    /// read and reviewed again inside the write first, so a run always describes what is stored.</summary>
    public async Task<IReadOnlyList<ReviewRun>> StoreAsync(IReadOnlyList<PreparedReview> prepared, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        // Inside an enclosing write the commit is not ours to see: the texts it adds are not kept.
        var ownWrite = db.Touched is null;
        IReadOnlyDictionary<(string Fix, string Source), long> texts = new Dictionary<(string Fix, string Source), long>();
        var started = Stopwatch.GetTimestamp();
        var written = 0L;
        var runs = await Writes.RunAsync(db, time, async ct =>
        {
            var stamps = await StampsAsync([.. prepared.Select(p => p.DocumentId)], ct).ConfigureAwait(false);
            var stale = prepared.Where(p => stamps.GetValueOrDefault(p.DocumentId) != p.Stamp).Select(p => p.DocumentId).ToList();
            var again = stale.Count == 0 ? [] : (await PrepareStoredAsync(stale, ct).ConfigureAwait(false)).ToDictionary(p => p.DocumentId);
            var current = prepared.Where(p => stamps.ContainsKey(p.DocumentId))
                .Select(p => again.GetValueOrDefault(p.DocumentId, p)).ToList();
            if (current.Count == 0)
            {
                return [];
            }

            var writing = Stopwatch.GetTimestamp();
            (var stored, texts) = await ReviewRunWriter.WriteAsync(db, [.. current.Select(p => KeyValuePair.Create(p.DocumentId, p.Outcome))], user,
                time.GetUtcNow().UtcDateTime, knownTexts, ct).ConfigureAwait(false);
            Timings.AddWrite(writing);
            written = Stopwatch.GetTimestamp();
            return stored;
        }, cancellationToken).ConfigureAwait(false);
        if (written != 0)
        {
            Timings.AddFinish(Stopwatch.GetTimestamp() - written);
        }

        if (ownWrite)
        {
            knownTexts.AddCommitted(texts);
        }

        return runs;
    }

    /// <summary>Reads what the review of <paramref name="document"/> takes from the database (the region's profile, last
    /// year's actuals, the library) now and reviews it on a worker thread, so that the caller can store the document
    /// meanwhile; <see cref="RecordAsync"/> then records the outcome. Only for a write that changes none of what is read
    /// here before the run is recorded: the import of a document stores its own year's tables, never a region's
    /// profile, a 自评表 or the library.</summary>
    public async Task<Task<ReviewOutcome>> BeginReviewAsync(PerformanceDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (profiles, supplements) = await InputsAsync([document], ct).ConfigureAwait(false);
        var profile = profiles.GetValueOrDefault(document.RegionCode, ReviewProfile.Default);
        return Task.Run(() => Review(document, profile, supplements[0]), ct);
    }

    /// <summary>Records <paramref name="outcome"/>, the review of the document stored as <paramref name="documentId"/>,
    /// as part of the current write (or as a write of its own).</summary>
    public async Task<ReviewRun> RecordAsync(ReviewOutcome outcome, int documentId, string user, CancellationToken cancellationToken = default) =>
        (await Writes.RunAsync(db, time, async ct =>
            (await ReviewRunWriter.WriteAsync(db, [KeyValuePair.Create(documentId, outcome)], user, time.GetUtcNow().UtcDateTime, null, ct)
                .ConfigureAwait(false)).Runs, cancellationToken).ConfigureAwait(false))[0];

    private async Task<(Dictionary<string, ReviewProfile> Profiles, IReadOnlyList<ReviewSupplement> Supplements)> InputsAsync(
        IReadOnlyList<PerformanceDocument> documents, CancellationToken ct)
    {
        var regionCodes = documents.Select(d => d.RegionCode).Distinct().ToList();
        var profiles = (await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(r => r.Code, RegionProfiles.Review, StringComparer.Ordinal);
        return (profiles, await ReviewSupplements.ForAsync(db, documents, ct).ConfigureAwait(false));
    }

    private async Task<ReviewOutcome[]> ReviewAllAsync(List<KeyValuePair<int, PerformanceDocument>> documents, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var (profiles, supplements) = await InputsAsync([.. documents.Select(d => d.Value)], ct).ConfigureAwait(false);
        Timings.AddRead(started);
        started = Stopwatch.GetTimestamp();
        var outcomes = new ReviewOutcome[documents.Count];
        // A department's tables are reviewed on one core (the engine splits only larger documents), so the documents
        // of a batch are reviewed side by side.
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var document = documents[i].Value;
            outcomes[i] = Review(document, profiles.GetValueOrDefault(document.RegionCode, ReviewProfile.Default), supplements[i]);
        });
        Timings.AddReview(started);
        return outcomes;
    }

    /// <summary>What changes when a document's content does: its last write, its newest current version and how many
    /// projects it has.</summary>
    private async Task<Dictionary<int, string>> StampsAsync(List<int> ids, CancellationToken ct)
    {
        var versions = await db.ProjectVersions.AsNoTracking()
            .Where(v => ids.Contains(v.Project!.DocumentId) && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .GroupBy(v => v.Project!.DocumentId).Select(g => new { DocumentId = g.Key, Newest = g.Max(v => v.Id), Count = g.Count() })
            .ToDictionaryAsync(g => g.DocumentId, ct).ConfigureAwait(false);
        return await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.UpdatedAt })
            .ToDictionaryAsync(d => d.Id, d => versions.TryGetValue(d.Id, out var v)
                ? string.Create(CultureInfo.InvariantCulture, $"{d.UpdatedAt.Ticks}-{v.Newest}-{v.Count}")
                : string.Create(CultureInfo.InvariantCulture, $"{d.UpdatedAt.Ticks}"), ct).ConfigureAwait(false);
    }
}
