using Jixiao.Application;
using Jixiao.Application.Documents;
using Jixiao.Application.Execution;
using Jixiao.Application.Pipeline;
using Jixiao.Application.Regions;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data.Entities;
using Jixiao.Data.Setup;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>The one write pipeline (ADR 0009) on real databases: a document write stores and reviews in one
/// transaction with the region's profile and last year's actuals, and the derived lines follow from what it saved.</summary>
public abstract partial class WritePipelineTests
{
    private static readonly UserAccess Operator = UserAccess.System("测试");

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [SkippableFact]
    public async Task DocumentImport_StoresAndReviewsInOneWrite_AndTheUnitLineShowsTheGrade()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();

        var first = await store.ImportAsync(PipelineDocuments.Create(2022), new ImportRequest("测试", "a.txt"));
        var again = await store.ImportAsync(PipelineDocuments.Create(2022), new ImportRequest("测试", "a.txt"));

        var run = await app.Db.ReviewRuns.AsNoTracking().SingleAsync();
        Assert.NotNull(first.Review);
        Assert.Equal(run.Grade, first.Review.Grade);
        Assert.Equal(run.Score, first.Review.Score);
        // Unchanged and reviewed before: no second run.
        Assert.Null(again.Review);
        var line = await app.Db.DashboardSummaries.AsNoTracking().SingleAsync();
        Assert.Equal(run.Grade, line.LatestGrade);
        Assert.Equal(run.ErrorCount, line.ErrorCount);
    }

    [SkippableFact]
    public async Task StoredWithoutReview_IsReviewedByTheNextImport_EvenUnchanged()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();

        var stored = await store.ImportAsync(PipelineDocuments.Create(2022), new ImportRequest("测试", "a.txt") { Review = false });
        var linesBefore = await app.Db.DashboardSummaries.AsNoTracking().SingleAsync();
        var reviewed = await store.ImportAsync(PipelineDocuments.Create(2022), new ImportRequest("测试", "a.txt"));

        Assert.Null(stored.Review);
        Assert.Null(linesBefore.LatestGrade);
        Assert.True(reviewed.NothingChanged);
        Assert.NotNull(reviewed.Review);
        Assert.Equal(reviewed.Review.Grade, (await app.Db.DashboardSummaries.AsNoTracking().SingleAsync()).LatestGrade);
    }

    [SkippableFact]
    public async Task TheRegionsReviewProfile_DecidesEveryStoredReview()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var result = await app.Get<DocumentStore>().ImportAsync(PipelineDocuments.Create(2022), new ImportRequest("测试", "a.txt"));
        var firing = await app.Db.ReviewFindings.AsNoTracking().Select(f => f.RuleId).Distinct().OrderBy(r => r).FirstAsync();

        var refused = await app.Get<RegionSettings>().SaveAsync(PipelineDocuments.Region,
            new RegionSettingsInput("hebei", null, "national", "{ \"id\": \"本省\", \"rules\": { \"" + firing + "\": { \"enabled\": false } } }"), Operator.ActorFrom(string.Empty));
        var run = await app.Get<DocumentReviewer>().ReviewStoredAsync(result.DocumentId, "测试");

        Assert.Null(refused);
        Assert.Equal("本省", run!.Profile);
        Assert.DoesNotContain(await app.Db.ReviewFindings.AsNoTracking().Where(f => f.ReviewRunId == run.Id).Select(f => f.RuleId).ToListAsync(), r => r == firing);
        // A profile that does not read is refused with its reason and nothing is saved.
        var broken = await app.Get<RegionSettings>().SaveAsync(PipelineDocuments.Region, new RegionSettingsInput("hebei", null, "national", "{ 不是 JSON"), Operator.ActorFrom(string.Empty));
        Assert.Contains("JSON", broken, StringComparison.Ordinal);
        Assert.Contains("本省", (await app.Db.Regions.AsNoTracking().SingleAsync()).ReviewProfileJson, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("97%", true)]
    [InlineData("94%", false)]
    public async Task LastYearsSelfEvaluation_IsTheSupplement_SoBas03FiresOnAStoredDocument(string actualLastYear, bool fires)
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        await store.ImportAsync(PipelineDocuments.Create(2022), new ImportRequest("测试", "2022.txt"));
        var lastYear = await app.Db.Projects.AsNoTracking().Where(p => p.FiscalYear == 2022).Select(p => p.Id).SingleAsync();
        var execution = app.Get<ExecutionService>();
        var scope = (await execution.LoadAsync(lastYear, Operator))!;
        var errors = await execution.SaveSelfEvaluationAsync(scope, new SelfEvaluationInput
        {
            InitialBudget = "12", AnnualBudget = "12", Spent = "11.5",
            Indicators = [new SelfEvaluationIndicatorInput { Row = 2, Actual = actualLastYear }],
        }, Operator.ActorFrom(string.Empty));
        Assert.Empty(errors);

        var result = await store.ImportAsync(PipelineDocuments.Create(2023), new ImportRequest("测试", "2023.txt"));

        var runId = await app.Db.ReviewRuns.Where(r => r.DocumentId == result.DocumentId).Select(r => r.Id).SingleAsync();
        var rules = await app.Db.ReviewFindings.AsNoTracking().Where(f => f.ReviewRunId == runId).Select(f => f.RuleId).ToListAsync();
        Assert.Equal(fires, rules.Contains("BAS-03"));
    }

    [SkippableFact]
    public async Task WhatAWriteSaves_DecidesWhichLinesItRefreshes()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        await app.Get<DocumentStore>().ImportAsync(PipelineDocuments.Create(2022), new ImportRequest("测试", "a.txt"));
        var db = app.Db;
        var projectId = await db.Projects.Select(p => p.Id).SingleAsync();
        var time = app.Get<TimeProvider>();

        // The region's name changes no figure; its scoring profile is a setting.
        var named = await Writes.RunAsync(db, time, async ct =>
        {
            (await db.Regions.SingleAsync(ct)).Name = "定州市";
            await db.SaveChangesAsync(ct);
            return db.Touched!.RegionCodes.ToList();
        });
        var profiled = await Writes.RunAsync(db, time, async ct =>
        {
            (await db.Regions.SingleAsync(ct)).ScoringProfile = "sichuan";
            await db.SaveChangesAsync(ct);
            return db.Touched!.RegionCodes.ToList();
        });
        // A new 执行数 row alone (owned by the execution record) counts for its project.
        var scope = (await app.Get<ExecutionService>().LoadAsync(projectId, Operator))!;
        Assert.Empty(await app.Get<ExecutionService>().SaveExecutionAsync(scope, new ExecutionInput { InitialBudget = "12" }, Operator.ActorFrom(string.Empty)));
        var owned = await Writes.RunAsync(db, time, async ct =>
        {
            var stored = await db.Executions.SingleAsync(ct);
            stored.SpendingEntries.Add(new SpendingEntry { AsOf = new DateOnly(2022, 6, 30), SpentFen = 5_000_000, RecordedBy = "测试" });
            await db.SaveChangesAsync(ct);
            return db.Touched!.ProjectIds.ToList();
        });

        Assert.Empty(named);
        Assert.Equal([PipelineDocuments.Region], profiled);
        Assert.Equal([projectId], owned);
        var line = await db.ExecutionSummaries.AsNoTracking().SingleAsync();
        Assert.Equal(5_000_000, line.SpentFen);
        Assert.Null(db.Touched);
    }

    private static async Task<ApplicationScope> StartAsync(ITestDatabase database)
    {
        await DatabaseSetup.MigrateAsync(database.Connection);
        return new ApplicationScope(database.Connection);
    }
}
