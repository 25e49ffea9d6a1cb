using Jixiao.Application;
using Jixiao.Application.Documents;
using Jixiao.Application.Execution;
using Jixiao.Application.Regions;
using Jixiao.Application.Review;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>A new document's review runs while the importer stores it, with the region's profile and last year's
/// actuals read at the start of the write: the run must be the one a review of the stored document gives.</summary>
public abstract partial class WritePipelineTests
{
    [SkippableFact]
    public async Task ANewDocumentReviewedWhileItIsStored_GetsTheRunOfAReviewOfTheStoredDocument()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        await store.ImportAsync(PipelineDocuments.Create(2022), new ImportRequest("测试", "2022.txt"));
        var firing = await app.Db.ReviewFindings.AsNoTracking().Select(f => f.RuleId).Distinct().OrderBy(r => r).FirstAsync();
        Assert.Null(await app.Get<RegionSettings>().SaveAsync(PipelineDocuments.Region,
            new RegionSettingsInput("hebei", null, "national", "{ \"id\": \"本省\", \"rules\": { \"" + firing + "\": { \"enabled\": false } } }"), Operator.ActorFrom(string.Empty)));
        await SaveLastYearsActualAsync(app, "97%");

        var imported = await store.ImportAsync(PipelineDocuments.Create(2023), new ImportRequest("测试", "2023.txt"));
        var importRun = await app.Db.ReviewRuns.AsNoTracking().SingleAsync(r => r.DocumentId == imported.DocumentId);
        var importFindings = await FindingsAsync(app, importRun.Id);
        var stored = (await app.Get<DocumentReviewer>().ReviewStoredAsync(imported.DocumentId, "测试"))!;

        Assert.True(imported.DocumentCreated);
        Assert.Equal("本省", importRun.Profile);
        Assert.Contains(importFindings, f => f.StartsWith("BAS-03|", StringComparison.Ordinal)); // last year's 97% as the supplement
        Assert.DoesNotContain(importFindings, f => f.StartsWith(firing + "|", StringComparison.Ordinal));
        Assert.Equal((stored.Profile, stored.Score, stored.Grade, stored.ErrorCount, stored.WarningCount),
            (importRun.Profile, importRun.Score, importRun.Grade, importRun.ErrorCount, importRun.WarningCount));
        Assert.Equal(await FindingsAsync(app, stored.FindingsRunId), importFindings);
        Assert.Equal(importRun.Grade, (await app.Db.DashboardSummaries.AsNoTracking().Where(s => s.FiscalYear == 2023).SingleAsync()).LatestGrade);
    }

    [SkippableFact]
    public async Task ARefusedNewDocument_LeavesNothingStored_ThoughItsReviewHadStarted()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        var document = PipelineDocuments.Create(2022);
        // A project name longer than the column: the importer refuses it after the review has begun.
        var refused = document with { Projects = [document.Projects[0] with { ProjectName = new string('项', 300) }] };

        await Assert.ThrowsAsync<ImportException>(() => store.ImportAsync(refused, new ImportRequest("测试", "a.txt")));

        Assert.Equal(0, await app.Db.Documents.CountAsync());
        Assert.Equal(0, await app.Db.ReviewRuns.CountAsync());
        Assert.Equal(0, await app.Db.ReviewFindings.CountAsync());
        var stored = await store.ImportAsync(document, new ImportRequest("测试", "a.txt"));
        Assert.NotNull(stored.Review);
        Assert.Equal(1, await app.Db.ReviewRuns.CountAsync());
    }

    private static async Task SaveLastYearsActualAsync(ApplicationScope app, string actual)
    {
        var lastYear = await app.Db.Projects.AsNoTracking().Where(p => p.FiscalYear == 2022).Select(p => p.Id).SingleAsync();
        var execution = app.Get<ExecutionService>();
        var scope = (await execution.LoadAsync(lastYear, Operator))!;
        Assert.Empty(await execution.SaveSelfEvaluationAsync(scope, new SelfEvaluationInput
        {
            InitialBudget = "12", AnnualBudget = "12", Spent = "11.5",
            Indicators = [new SelfEvaluationIndicatorInput { Row = 2, Actual = actual }],
        }, Operator.ActorFrom(string.Empty)));
    }

    private static async Task<List<string>> FindingsAsync(ApplicationScope app, long runId) =>
        (await app.Db.ReviewFindings.AsNoTracking().Where(f => f.ReviewRunId == runId).OrderBy(f => f.Id).ToListAsync())
        .Select(f => string.Join('|', f.RuleId, f.Severity, f.Dimension, f.ProjectId, f.ProjectSequence, f.ProjectCode, f.IndicatorRow, f.GoalNumber,
            f.Field, f.Message, f.TextId))
        .ToList();
}
