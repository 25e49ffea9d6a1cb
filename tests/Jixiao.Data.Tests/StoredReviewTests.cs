using System.Data;
using System.Globalization;
using Jixiao.Application;
using Jixiao.Application.Dashboard;
using Jixiao.Application.Documents;
using Jixiao.Application.Execution;
using Jixiao.Application.Pipeline;
using Jixiao.Application.Review;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Data.Setup;
using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Data.Tests;

/// <summary>The stored review's fast path (set-based reads, bulk writes, earlier findings replaced by one DELETE) on
/// real databases: it stores, column for column, what the change tracker stored for the same review, and a document
/// changed between reading and recording is reviewed again.</summary>
public abstract class StoredReviewTests
{
    // A finding's advice and source are stored once, in FindingTexts: compared as users see them, through the finding's key.
    private const string FindingColumns = "f.\"RuleId\", f.\"Severity\", f.\"Dimension\", f.\"ProjectId\", f.\"ProjectSequence\", f.\"ProjectCode\", "
        + "f.\"IndicatorRow\", f.\"GoalNumber\", f.\"Field\", f.\"Message\", t.\"Fix\", t.\"Source\", f.\"Deduction\"";

    private const string Findings = "\"ReviewFindings\" f JOIN \"FindingTexts\" t ON t.\"Id\" = f.\"TextId\"";

    private const string RunColumns = "\"DocumentId\", \"Profile\", \"Score\", \"Grade\", \"ErrorCount\", \"WarningCount\", \"RunBy\", \"RunAt\"";

    private const string LineColumns = "\"RegionCode\", \"FiscalYear\", \"UnitId\", \"UnitCode\", \"ProjectCount\", \"BudgetFen\", \"LatestGrade\", \"LatestScore\", "
        + "\"ErrorCount\", \"WarningCount\"";

    private const string TotalColumns = "\"RegionCode\", \"FiscalYear\", \"UnitCount\", \"ProjectCount\", \"BudgetFen\", \"ErrorCount\", \"WarningCount\"";

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [SkippableFact]
    public async Task BulkRuns_AreTheRowsTheChangeTrackerWrote_AndReplaceTheEarlierFindings()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var ids = await StoreUnreviewedAsync(app);

        var runs = await app.Get<DocumentReviewer>().ReviewStoredAsync(ids, "审核员");

        Assert.Equal(ids, runs.Select(r => r.DocumentId));
        // Each advice and source once, however many findings carry them.
        var texts = await app.Db.FindingTexts.Select(t => new { t.Fix, t.Source }).ToListAsync();
        Assert.Equal(texts.Distinct().Count(), texts.Count);
        Assert.True(texts.Count * 3 < await app.Db.ReviewFindings.CountAsync(), $"{texts.Count} texts");
        foreach (var run in runs)
        {
            // The old way, on the same stored content: the document read with the change tracker's Includes, reviewed,
            // and the run added to the context and saved (at the same time, so that RunAt is compared too).
            var reference = await SaveThroughTheChangeTrackerAsync(app.Db, run.DocumentId, "审核员", run.RunAt);
            var bulk = await RowsAsync(app.Db, $"SELECT {FindingColumns} FROM {Findings} WHERE f.\"ReviewRunId\" = {run.Id} ORDER BY f.\"Id\"");
            Assert.NotEmpty(bulk);
            Assert.Contains(bulk, r => r.Split('|')[3] != "∅"); // located to a project
            Assert.Equal(await RowsAsync(app.Db, $"SELECT {FindingColumns} FROM {Findings} WHERE f.\"ReviewRunId\" = {reference} ORDER BY f.\"Id\""), bulk);
            Assert.Equal(await RowsAsync(app.Db, $"SELECT {RunColumns} FROM \"ReviewRuns\" WHERE \"Id\" = {reference}"),
                await RowsAsync(app.Db, $"SELECT {RunColumns} FROM \"ReviewRuns\" WHERE \"Id\" = {run.Id}"));
        }

        var storedTexts = await app.Db.FindingTexts.CountAsync();
        var again = await app.Get<DocumentReviewer>().ReviewStoredAsync(ids, "审核员");

        Assert.Equal(storedTexts, await app.Db.FindingTexts.CountAsync()); // the texts stored are found again, not added twice

        // Every earlier run stays as history; only the newest runs keep findings, and the dashboard counts those.
        Assert.Equal(ids.Count * 3, await app.Db.ReviewRuns.CountAsync());
        var latest = again.Select(r => r.Id).ToList();
        Assert.Equal(0, await app.Db.ReviewFindings.CountAsync(f => !latest.Contains(f.ReviewRunId)));
        Assert.Equal(await app.Db.ReviewFindings.CountAsync(f => f.ProjectId != null && f.Severity != Severity.Info),
            await app.Db.DashboardSummaries.SumAsync(s => s.ErrorCount + s.WarningCount));
    }

    [SkippableFact]
    public async Task ADocumentChangedAfterItWasRead_IsReviewedAgainWhenTheRunIsRecorded()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var ids = await StoreUnreviewedAsync(app);
        var reviewer = app.Get<DocumentReviewer>();
        var prepared = await reviewer.PrepareStoredAsync(ids);

        // Table 3 keeps one indicator row after the batch was read: findings the prepared review did not have.
        var text = DepartmentText.Read();
        var changed = text with { Projects = [.. text.Projects.Select((p, i) => i == 2 ? p with { Indicators = [p.Indicators[0]] } : p)] };
        await app.Get<DocumentStore>().ImportAsync(changed, new ImportRequest("测试", "b.txt") { Review = false });
        var recorded = await reviewer.StoreAsync(prepared, "审核员");
        var fresh = await reviewer.ReviewStoredAsync(ids, "审核员");

        Assert.NotEqual(prepared[0].Outcome.Findings.Count, recorded[0].Findings.Count);
        foreach (var (a, b) in recorded.Zip(fresh))
        {
            Assert.Equal(a.Findings.Select(Describe), b.Findings.Select(Describe));
        }
    }

    [SkippableFact]
    public async Task ManyDocumentsRecordedInOneWrite_GetTheDashboardLinesOfOneDocumentAtATime()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var ids = await StoreUnreviewedAsync(app);

        // Two documents of two region-years in one write: their lines are refreshed together, by one set of queries per
        // region-year.
        await app.Get<DocumentReviewer>().ReviewStoredAsync(ids, "审核员");
        var together = await RowsAsync(app.Db, $"SELECT {LineColumns} FROM \"DashboardSummaries\" ORDER BY \"RegionCode\", \"FiscalYear\", \"UnitId\"");
        var totals = await RowsAsync(app.Db, $"SELECT {TotalColumns} FROM \"DashboardYearTotals\" ORDER BY \"RegionCode\", \"FiscalYear\"");

        // The same lines rebuilt one document at a time, each in its own transaction.
        await DashboardSummaries.RebuildAllAsync(app.Db, DateTime.UtcNow);

        Assert.Equal(2, totals.Count);
        Assert.Contains(together, l => l.Split('|')[8] != "0"); // warnings counted
        Assert.Equal(await RowsAsync(app.Db, $"SELECT {LineColumns} FROM \"DashboardSummaries\" ORDER BY \"RegionCode\", \"FiscalYear\", \"UnitId\""), together);
        Assert.Equal(await RowsAsync(app.Db, $"SELECT {TotalColumns} FROM \"DashboardYearTotals\" ORDER BY \"RegionCode\", \"FiscalYear\""), totals);
    }

    [SkippableFact]
    public async Task FindingsStoredWithTheirTexts_KeepThemThroughTheMigration_BothWays()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var ids = await StoreUnreviewedAsync(app);
        await app.Get<DocumentReviewer>().ReviewStoredAsync(ids, "审核员");
        var reviewed = await RowsAsync(app.Db, $"SELECT f.\"Id\", {FindingColumns} FROM {Findings} ORDER BY f.\"Id\"");
        var migrations = app.Db.Database.GetMigrations().ToList();
        var migrator = app.Db.GetInfrastructure().GetRequiredService<IMigrator>();

        // Back to the schema that kept advice and source in every finding, then forward again: the migration moves the
        // texts of the findings already stored, it does not lose them.
        await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_FindingTexts", StringComparison.Ordinal)) - 1]);
        var before = await RowsAsync(app.Db, $"SELECT f.\"Id\", {FindingColumns.Replace("t.", "f.", StringComparison.Ordinal)} FROM \"ReviewFindings\" f ORDER BY f.\"Id\"");
        await migrator.MigrateAsync();
        var after = await RowsAsync(app.Db, $"SELECT f.\"Id\", {FindingColumns} FROM {Findings} ORDER BY f.\"Id\"");
        var texts = await RowsAsync(app.Db, "SELECT \"Fix\", \"Source\" FROM \"FindingTexts\"");

        Assert.NotEmpty(reviewed);
        Assert.Equal(reviewed, before);
        Assert.Equal(reviewed, after);
        Assert.Equal(texts.Distinct().Count(), texts.Count);
        Assert.Equal(reviewed.Select(r => string.Join('|', r.Split('|')[11..13])).Distinct().Order(StringComparer.Ordinal), texts.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task TextsCommittedByAnEarlierBatch_AreTakenFromTheReviewer_NotLookedUpAgain()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var ids = await StoreUnreviewedAsync(app);
        var reviewer = app.Get<DocumentReviewer>();
        await reviewer.StoreAsync(await reviewer.PrepareStoredAsync([ids[0]]), "审核员");
        var stored = await app.Db.FindingTexts.CountAsync();
        // Every text stored a second time under a lower key: a lookup in the database finds that copy first, the
        // reviewer that committed the originals keeps its keys.
        await app.Db.Database.ExecuteSqlRawAsync("INSERT INTO \"FindingTexts\" (\"Id\", \"Fix\", \"Source\") SELECT -\"Id\", \"Fix\", \"Source\" FROM \"FindingTexts\"");

        var again = await reviewer.StoreAsync(await reviewer.PrepareStoredAsync([ids[0]]), "审核员");
        var cached = await TextKeysAsync(app.Db, again[0].FindingsRunId);
        await using var other = new ApplicationScope(database.Connection);
        var fresh = await other.Get<DocumentReviewer>().ReviewStoredAsync([ids[0]], "审核员");
        var looked = await TextKeysAsync(app.Db, fresh[0].FindingsRunId);

        Assert.True(stored > 1, $"{stored} texts");
        Assert.Equal(2 * stored, await app.Db.FindingTexts.CountAsync()); // nothing added by either
        Assert.All(cached, k => Assert.True(k > 0, $"{k}"));
        Assert.All(looked, k => Assert.True(k < 0, $"{k}"));
        Assert.Equal(cached.Select(k => -k), looked);
    }

    [SkippableFact]
    public async Task TextsNewInALaterBatch_AreStored_NextToThoseKnownFromTheBatchBefore()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var ids = await StoreUnreviewedAsync(app);
        var reviewer = app.Get<DocumentReviewer>();
        await reviewer.StoreAsync(await reviewer.PrepareStoredAsync([ids[1]]), "审核员");
        var first = await app.Db.FindingTexts.CountAsync();

        var prepared = await reviewer.PrepareStoredAsync(ids);
        var runs = await reviewer.StoreAsync(prepared, "审核员");

        Assert.True(await app.Db.FindingTexts.CountAsync() > first);
        await AssertTextsAsStoredAsync(app.Db, prepared, runs);
    }

    [SkippableFact]
    public async Task TextsOfAWriteRolledBack_AreNotTakenAsKnown()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var ids = await StoreUnreviewedAsync(app);
        var reviewer = app.Get<DocumentReviewer>();
        var prepared = await reviewer.PrepareStoredAsync(ids);

        // The texts are written first; the runs without a reviewer's name then fail the write and take them back.
        await Assert.ThrowsAnyAsync<Exception>(() => reviewer.StoreAsync(prepared, null!));
        Assert.Equal(0, await app.Db.FindingTexts.CountAsync());
        // Inside an enclosing write that rolls back, the texts are not kept either.
        await Assert.ThrowsAsync<InvalidOperationException>(() => Writes.RunAsync<int>(app.Db, TimeProvider.System, async ct =>
        {
            await reviewer.StoreAsync(prepared, "审核员", ct);
            throw new InvalidOperationException("rolled back");
        }));
        Assert.Equal(0, await app.Db.FindingTexts.CountAsync());

        var runs = await reviewer.StoreAsync(prepared, "审核员");

        await AssertTextsAsStoredAsync(app.Db, prepared, runs);
    }

    [SkippableFact]
    public async Task AReviewAgainThatFindsTheSame_KeepsTheStoredFindings_AndShowsWhatAFullRewriteShows()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var ids = await StoreUnreviewedAsync(app);
        var first = await app.Get<DocumentReviewer>().ReviewStoredAsync(ids, "审核员");
        var stored = await RowsAsync(app.Db, $"SELECT f.\"Id\", f.\"ReviewRunId\", {FindingColumns} FROM {Findings} ORDER BY f.\"Id\"");
        var countLines = await RowsAsync(app.Db, "SELECT \"Id\", \"ReviewRunId\", \"UnitId\", \"RuleId\", \"Severity\", \"Count\" FROM \"ReviewFindingCounts\" ORDER BY \"Id\"");

        var again = await app.Get<DocumentReviewer>().ReviewStoredAsync(ids, "审核员");

        // Each new run refers to the findings the first stored: not one finding or count line deleted or written.
        Assert.Equal(first.Select(r => r.Id), again.Select(r => r.FindingsRunId));
        Assert.All(again, r => Assert.True(r.Id > r.FindingsRunId));
        Assert.Equal(stored, await RowsAsync(app.Db, $"SELECT f.\"Id\", f.\"ReviewRunId\", {FindingColumns} FROM {Findings} ORDER BY f.\"Id\""));
        Assert.Equal(countLines, await RowsAsync(app.Db, "SELECT \"Id\", \"ReviewRunId\", \"UnitId\", \"RuleId\", \"Severity\", \"Count\" FROM \"ReviewFindingCounts\" ORDER BY \"Id\""));
        Assert.Equal(first.Select(r => r.Findings.Count), again.Select(r => r.Findings.Count)); // the run still returns what it found
        var kept = await SeenAsync(app);

        // The same review written whole (no digest to compare with): what every page, list and count reads is the same.
        var rewritten = await FullRewriteAsync(app, ids);

        Assert.All(rewritten, r => Assert.Equal(r.Id, r.FindingsRunId));
        Assert.Equal(rewritten.Select(r => r.Id), await app.Db.ReviewFindings.Select(f => f.ReviewRunId).Distinct().OrderBy(i => i).ToListAsync());
        AssertSeenEqual(kept, await SeenAsync(app));
    }

    [SkippableFact]
    public async Task ADocumentWhoseFindingsChanged_GetsExactlyItsNewFindings_TheOtherKeepsItsOwn()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var ids = await StoreUnreviewedAsync(app);
        var reviewer = app.Get<DocumentReviewer>();
        var first = await reviewer.ReviewStoredAsync(ids, "审核员");
        var otherFindings = await RowsAsync(app.Db, $"SELECT f.\"Id\", {FindingColumns} FROM {Findings} WHERE f.\"ReviewRunId\" = {first[1].Id} ORDER BY f.\"Id\"");

        // Table 3 of the department text keeps one indicator row: its document finds more; the other document is unchanged.
        var text = DepartmentText.Read();
        var changed = text with { Projects = [.. text.Projects.Select((p, i) => i == 2 ? p with { Indicators = [p.Indicators[0]] } : p)] };
        await app.Get<DocumentStore>().ImportAsync(changed, new ImportRequest("测试", "b.txt") { Review = false });
        var prepared = await reviewer.PrepareStoredAsync(ids);
        var again = await reviewer.StoreAsync(prepared, "审核员");

        Assert.Equal(again[0].Id, again[0].FindingsRunId); // rewritten
        Assert.Equal(first[1].Id, again[1].FindingsRunId); // kept
        Assert.Equal(otherFindings, await RowsAsync(app.Db, $"SELECT f.\"Id\", {FindingColumns} FROM {Findings} WHERE f.\"ReviewRunId\" = {first[1].Id} ORDER BY f.\"Id\""));
        // Exactly the new review's findings, in its order, and none of the document's earlier ones.
        Assert.NotEqual(first[0].Findings.Count, prepared[0].Outcome.Findings.Count);
        Assert.Equal(prepared[0].Outcome.Findings.Select(f => string.Join('|', f.RuleId, f.Severity, f.ProjectCode ?? "∅", f.IndicatorRow?.ToString(CultureInfo.InvariantCulture) ?? "∅",
                f.Field ?? "∅", f.Message, f.Fix)),
            await RowsAsync(app.Db, $"SELECT f.\"RuleId\", f.\"Severity\", f.\"ProjectCode\", f.\"IndicatorRow\", f.\"Field\", f.\"Message\", t.\"Fix\" FROM {Findings} "
                + $"WHERE f.\"ReviewRunId\" = {again[0].Id} ORDER BY f.\"Id\""));
        Assert.Equal(0, await app.Db.ReviewFindings.CountAsync(f => f.ReviewRunId != again[0].Id && f.ReviewRunId != first[1].Id));
        Assert.Equal(0, await app.Db.ReviewFindingCounts.CountAsync(c => c.ReviewRunId != again[0].Id && c.ReviewRunId != first[1].Id));
        var kept = await SeenAsync(app);

        AssertSeenEqual(kept, await SeenAfterFullRewriteAsync(app, ids));
    }

    [SkippableFact]
    public async Task ARuleChangedByTheRegion_RewritesTheFindingsItChanges_AndOnlyThose()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var ids = await StoreUnreviewedAsync(app);
        var reviewer = app.Get<DocumentReviewer>();
        var first = await reviewer.ReviewStoredAsync(ids, "审核员");
        var warned = first[0].Findings.GroupBy(f => f.RuleId).Where(g => g.All(f => f.Severity == Severity.Warning)).OrderByDescending(g => g.Count()).First();

        // The department text's region makes its most frequent warning an error (its 审核规则配置); the other region keeps
        // the default.
        var regionCode = await app.Db.Documents.Where(d => d.Id == ids[0]).Select(d => d.RegionCode).SingleAsync();
        var region = await app.Db.Regions.SingleOrDefaultAsync(r => r.Code == regionCode);
        if (region is null)
        {
            region = new Region { Code = regionCode, Name = "测试地区" };
            app.Db.Regions.Add(region);
        }

        region.ReviewProfileJson = $$"""{ "rules": { "{{warned.Key}}": { "severity": "error" } } }""";
        await app.Db.SaveChangesAsync();
        app.Db.ChangeTracker.Clear();
        var again = await reviewer.ReviewStoredAsync(ids, "审核员");

        Assert.Equal(again[0].Id, again[0].FindingsRunId);
        Assert.Equal(first[1].Id, again[1].FindingsRunId);
        Assert.Equal(warned.Count(), await app.Db.ReviewFindings.CountAsync(f => f.ReviewRunId == again[0].Id && f.RuleId == warned.Key && f.Severity == Severity.Error));
        Assert.Equal(0, await app.Db.ReviewFindings.CountAsync(f => f.RuleId == warned.Key && f.Severity == Severity.Warning && f.ReviewRunId == again[0].Id));
        Assert.Equal(first[0].ErrorCount + warned.Count(), again[0].ErrorCount);
        var kept = await SeenAsync(app);
        Assert.Contains(kept.Lines, l => l.Split('|')[8] != "0"); // errors on the dashboard lines

        AssertSeenEqual(kept, await SeenAfterFullRewriteAsync(app, ids));
    }

    /// <summary>What users see of the stored reviews, without the keys a reused run keeps: each document's latest
    /// findings in their order (the review list, the project page, the CSV), its count lines (the list's counts), every
    /// run's figures (the run history), the dashboard lines and the year totals.</summary>
    private sealed record Seen(List<string> Findings, List<string> Counts, List<string> Runs, List<string> Lines, List<string> Totals);

    private static async Task<Seen> SeenAsync(ApplicationScope app)
    {
        const string latest = "(SELECT MAX(x.\"FindingsRunId\") FROM \"ReviewRuns\" x WHERE x.\"DocumentId\" = r.\"DocumentId\")";
        return new Seen(
            await RowsAsync(app.Db, $"SELECT r.\"DocumentId\", {FindingColumns} FROM {Findings} JOIN \"ReviewRuns\" r ON r.\"Id\" = f.\"ReviewRunId\" "
                + $"WHERE f.\"ReviewRunId\" = {latest} ORDER BY r.\"DocumentId\", f.\"Id\""),
            await RowsAsync(app.Db, "SELECT r.\"DocumentId\", c.\"UnitId\", c.\"RuleId\", c.\"Severity\", c.\"Count\" FROM \"ReviewFindingCounts\" c "
                + $"JOIN \"ReviewRuns\" r ON r.\"Id\" = c.\"ReviewRunId\" WHERE c.\"ReviewRunId\" = {latest} ORDER BY 1, 2, 3, 4"),
            await RowsAsync(app.Db, "SELECT \"DocumentId\", \"Profile\", \"Score\", \"Grade\", \"ErrorCount\", \"WarningCount\", \"RunBy\" FROM \"ReviewRuns\" ORDER BY \"Id\""),
            await RowsAsync(app.Db, $"SELECT {LineColumns} FROM \"DashboardSummaries\" ORDER BY \"RegionCode\", \"FiscalYear\", \"UnitId\""),
            await RowsAsync(app.Db, $"SELECT {TotalColumns} FROM \"DashboardYearTotals\" ORDER BY \"RegionCode\", \"FiscalYear\""));
    }

    /// <summary>The run history of <paramref name="expected"/> has one run more per document than the state before the
    /// full rewrite: compared without it, everything else whole.</summary>
    private static void AssertSeenEqual(Seen expected, Seen actual)
    {
        Assert.NotEmpty(expected.Findings);
        Assert.NotEmpty(expected.Counts);
        Assert.Equal(expected.Findings, actual.Findings);
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(expected.Totals, actual.Totals);
        Assert.Equal(expected.Runs, actual.Runs.Take(expected.Runs.Count));
        var added = actual.Runs.Count - expected.Runs.Count;
        Assert.True(added > 0, $"{added} runs added");
        Assert.Equal(expected.Runs.TakeLast(added), actual.Runs.Skip(expected.Runs.Count)); // the rewrite found the same figures
    }

    /// <summary>The same review of <paramref name="ids"/> again, written whole: the stored digests cleared first, so no
    /// run finds its findings stored.</summary>
    private static async Task<IReadOnlyList<ReviewRun>> FullRewriteAsync(ApplicationScope app, List<int> ids)
    {
        await app.Db.ReviewRuns.ExecuteUpdateAsync(u => u.SetProperty(r => r.FindingsDigest, (byte[]?)null));
        return await app.Get<DocumentReviewer>().ReviewStoredAsync(ids, "审核员");
    }

    private static async Task<Seen> SeenAfterFullRewriteAsync(ApplicationScope app, List<int> ids)
    {
        var rewritten = await FullRewriteAsync(app, ids);
        Assert.All(rewritten, r => Assert.Equal(r.Id, r.FindingsRunId));
        return await SeenAsync(app);
    }

    /// <summary>Each stored finding of <paramref name="runs"/> refers to a stored text that is its own advice and source,
    /// and each text is stored once.</summary>
    private static async Task AssertTextsAsStoredAsync(JixiaoDbContext db, IReadOnlyList<PreparedReview> prepared, IReadOnlyList<ReviewRun> runs)
    {
        Assert.Equal(prepared.Select(p => p.DocumentId), runs.Select(r => r.DocumentId));
        foreach (var (review, run) in prepared.Zip(runs))
        {
            Assert.NotEmpty(review.Outcome.Findings);
            Assert.Equal(review.Outcome.Findings.Select(f => $"{f.Fix}|{f.Source}"),
                await RowsAsync(db, $"SELECT t.\"Fix\", t.\"Source\" FROM {Findings} WHERE f.\"ReviewRunId\" = {run.FindingsRunId} ORDER BY f.\"Id\""));
        }

        var texts = await RowsAsync(db, "SELECT \"Fix\", \"Source\" FROM \"FindingTexts\"");
        Assert.Equal(texts.Distinct().Count(), texts.Count);
    }

    private static async Task<List<long>> TextKeysAsync(JixiaoDbContext db, long runId) =>
        await db.ReviewFindings.Where(f => f.ReviewRunId == runId).OrderBy(f => f.Id).Select(f => f.TextId).ToListAsync();

    private static string Describe(ReviewFinding f) => $"{f.RuleId} {f.ProjectId} {f.IndicatorRow} {f.Field} {f.Message}";

    /// <summary>The repository's department text and a one-project document of another region, stored without review.</summary>
    private static async Task<List<int>> StoreUnreviewedAsync(ApplicationScope app)
    {
        var store = app.Get<DocumentStore>();
        var text = await store.ImportAsync(DepartmentText.Read(), new ImportRequest("测试", "a.txt") { Review = false });
        var small = await store.ImportAsync(PipelineDocuments.Create(2023), new ImportRequest("测试", "p.txt") { Review = false });
        Assert.Equal(0, await app.Db.ReviewRuns.CountAsync());
        return [text.DocumentId, small.DocumentId];
    }

    /// <summary>How a run was stored before the bulk path (kept here as the reference): the change tracker's Includes,
    /// the review, and one SaveChanges of the run with its findings (their texts saved first, one row per pair).</summary>
    private static async Task<long> SaveThroughTheChangeTrackerAsync(JixiaoDbContext db, int documentId, string user, DateTime at)
    {
        var entity = await db.Documents.AsNoTracking().Include(d => d.SubGoals).Include(d => d.Safeguards).AsSplitQuery().SingleAsync(d => d.Id == documentId);
        var versions = await db.ProjectVersions.AsNoTracking()
            .Include(v => v.Checkpoints).Include(v => v.Goals).Include(v => v.Indicators).AsSplitQuery()
            .Where(v => v.Project!.DocumentId == documentId && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .ToListAsync();
        var document = DocumentMapping.ToDomain(entity, versions);
        var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == document.RegionCode);
        var outcome = DocumentReviewer.Review(document, region is null ? ReviewProfile.Default : RegionProfiles.Review(region), await ReviewSupplements.ForAsync(db, document));
        var projects = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.Project!.DocumentId == documentId && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .Select(v => new { v.ProjectId, v.Project!.Code, v.Sequence }).ToListAsync();
        var byCode = projects.Where(p => p.Code.Length > 0).ToDictionary(p => p.Code, p => p.ProjectId, StringComparer.Ordinal);
        var bySequence = projects.Where(p => p.Code.Length == 0).GroupBy(p => p.Sequence).ToDictionary(g => g.Key, g => g.First().ProjectId);
        var texts = outcome.Findings.Select(f => (f.Fix, f.Source)).Distinct().ToDictionary(t => t, t => new FindingText { Fix = t.Fix, Source = t.Source });
        db.FindingTexts.AddRange(texts.Values);
        await db.SaveChangesAsync();
        var run = new ReviewRun
        {
            DocumentId = documentId,
            Profile = outcome.Profile,
            Score = outcome.Score,
            Grade = outcome.Grade,
            ErrorCount = outcome.Findings.Count(f => f.Severity == Severity.Error),
            WarningCount = outcome.Findings.Count(f => f.Severity == Severity.Warning),
            RunBy = user,
            RunAt = at,
            Findings = [.. outcome.Findings.Select(f => new ReviewFinding
            {
                RuleId = f.RuleId,
                Severity = f.Severity,
                Dimension = f.Dimension,
                ProjectId = f.ProjectCode is { Length: > 0 } code && byCode.TryGetValue(ProjectCode.Normalize(code), out var id) ? id
                    : f.ProjectSequence is { } sequence && bySequence.TryGetValue(sequence, out var byNumber) ? byNumber : null,
                ProjectSequence = f.ProjectSequence,
                ProjectCode = f.ProjectCode,
                IndicatorRow = f.IndicatorRow,
                GoalNumber = f.GoalNumber,
                Field = f.Field,
                Message = f.Message,
                TextId = texts[(f.Fix, f.Source)].Id,
            })],
        };
        db.ReviewRuns.Add(run);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return run.Id;
    }

    /// <summary>Rows as the database holds them (each value as its provider returns it, "∅" for NULL), one text per row.</summary>
    private static async Task<List<string>> RowsAsync(JixiaoDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static async Task<ApplicationScope> StartAsync(ITestDatabase database)
    {
        await DatabaseSetup.MigrateAsync(database.Connection);
        return new ApplicationScope(database.Connection);
    }
}
