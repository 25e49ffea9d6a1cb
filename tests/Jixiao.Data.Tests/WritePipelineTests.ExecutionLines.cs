using System.Text.Json;
using Jixiao.Application;
using Jixiao.Application.Documents;
using Jixiao.Application.Execution;
using Jixiao.Application.Pipeline;
using Jixiao.Data.Bulk;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

// The execution lines of the projects a write creates are computed from the versions the write holds in memory, not
// read back: on real databases they must be the lines computed from what is stored, and any project the write also
// wrote execution rows for is read back as before.
public abstract partial class WritePipelineTests
{
    [SkippableFact]
    public async Task ImportedProjects_LinesFromTheRowsInHand_AreTheLinesOfTheStoredRows()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        var document = PipelineDocuments.Create(2022);
        var first = document.Projects[0];
        // Whole percents; two decimals; more decimals than the column keeps (PostgreSQL rounds them, so that plan is
        // read back as stored); and a table without a plan.
        document = document with
        {
            Projects =
            [
                first,
                Project(first, 2, "13068222P006780100020", Money.FromWanYuan(30.5m), [10.25m, 33.33m, 66.7m, 100m]),
                Project(first, 3, "13068222P006780100030", Money.FromWanYuan(8m), [12.345678m, 40m, 70.123456m, 100m]),
                Project(first, 4, "13068222P006780100040", Money.FromWanYuan(3m), []),
            ],
        };

        await store.ImportAsync(document, new ImportRequest("测试", "a.txt"));
        await AssertLinesAreTheStoredRowsAsync(app, 4);

        // The next import changes one stored project (a new version of a project not created by this write: read back)
        // and adds one (in hand), in the same write.
        var changed = document with
        {
            Projects =
            [
                .. document.Projects.Select(p => p.Sequence == 2 ? p with { Budget = Money.FromWanYuan(31m) } : p),
                Project(first, 5, "13068222P006780100050", Money.FromWanYuan(5m), [25m, 50m, 75m, 100m]),
            ],
        };
        var result = await store.ImportAsync(changed, new ImportRequest("测试", "b.txt"));

        Assert.Equal(1, result.Added);
        Assert.Contains(result.Projects, p => p.Kind == ProjectChangeKind.Changed && p.ProjectCode == "13068222P006780100020");
        await AssertLinesAreTheStoredRowsAsync(app, 5);
        var line = await app.Db.ExecutionSummaries.AsNoTracking().Where(s => s.Project!.Code == "13068222P006780100020").SingleAsync();
        Assert.Equal(Money.FromWanYuan(31m).Fen, line.BudgetFen);
    }

    [SkippableFact]
    public async Task NewProjectVersion_OnlyForAProjectTheWriteCreated_WithNoExecutionRowsOfItsOwn()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        await app.Get<DocumentStore>().ImportAsync(PipelineDocuments.Create(2022), new ImportRequest("测试", "a.txt"));
        var db = app.Db;
        var existing = await db.Projects.AsNoTracking().SingleAsync();
        var time = app.Get<TimeProvider>();
        var content = Project(PipelineDocuments.Create(2022).Projects[0], 2, "13068222P006780100020", Money.FromWanYuan(20m), [30m, 55m, 80m, 100m]);

        var (inHand, existingInHand, afterPayment) = await Writes.RunAsync(db, time, async ct =>
        {
            var bulk = BulkInserter.For(db);
            var project = new Project
            {
                FiscalYear = 2022, Code = content.ProjectCode, UnitId = existing.UnitId, DocumentId = existing.DocumentId, CurrentVersion = 1,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            project.Id = checked((int)(await bulk.ReserveIdsAsync<Project>(1, ct))[0]);
            await bulk.InsertAsync([project], ct);
            var version = ProjectMapping.ToVersion(content);
            version.Number = 1;
            version.ProjectId = project.Id;
            version.CreatedBy = "测试";
            version.Id = (await bulk.ReserveIdsAsync<ProjectVersion>(1, ct))[0];
            version.Checkpoints.ForEach(c => c.VersionId = version.Id);
            await bulk.InsertAsync([version], ct);
            await bulk.InsertAsync(version.Checkpoints, ct);
            var found = db.Touched!.NewProjectVersion(project.Id);
            var foundExisting = db.Touched.NewProjectVersion(existing.Id);

            // A payment of the new project in the same write: its line must count it, so it is read back.
            db.Payments.Add(new Payment
            {
                ProjectId = project.Id, Date = new DateOnly(2022, 3, 15), AmountFen = 4_000_000, RecordKey = "k1", SourceFile = "p.csv", ImportedBy = "测试",
                ImportedAt = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            return (found == version, foundExisting, db.Touched.NewProjectVersion(project.Id));
        });

        Assert.True(inHand);
        Assert.Null(existingInHand);
        Assert.Null(afterPayment);
        var line = await db.ExecutionSummaries.AsNoTracking().Where(s => s.Project!.Code == content.ProjectCode).SingleAsync();
        Assert.Equal(4_000_000, line.SpentFen);
        await AssertLinesAreTheStoredRowsAsync(app, 2);
    }

    [SkippableFact]
    public async Task RegionSettingsAndNewProjects_InOneWrite_StoreEachProjectsLineOnce()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        var document = PipelineDocuments.Create(2022);
        await store.ImportAsync(document, new ImportRequest("测试", "a.txt"));
        var added = document with
        {
            Projects = [.. document.Projects, Project(document.Projects[0], 2, "13068222P006780100020", Money.FromWanYuan(20m), [30m, 55m, 80m, 100m])],
        };

        // One write changes the region's 监控方案 (every line of the region is recomputed) and creates a project of
        // that region (its line is computed from the rows in hand): the new project's line is written once, not by both.
        var result = await Writes.RunAsync(app.Db, app.Get<TimeProvider>(), async ct =>
        {
            var region = await app.Db.Regions.SingleAsync(r => r.Code == document.RegionCode, ct);
            region.MonitoringProfile = "central";
            await app.Db.SaveChangesAsync(ct);
            return await store.ImportAsync(added, new ImportRequest("测试", "b.txt"), ct);
        });

        Assert.Equal(1, result.Added);
        await AssertLinesAreTheStoredRowsAsync(app, 2);
        var central = ExecutionSummaries.StampOf(Jixiao.Domain.Monitoring.MonitoringProfile.Central);
        Assert.All(await app.Db.ExecutionSummaries.AsNoTracking().Select(s => s.ProfileStamp).ToListAsync(), s => Assert.Equal(central, s));
    }

    private static BudgetProject Project(BudgetProject like, int sequence, string code, Money budget, decimal[] percents) => like with
    {
        Sequence = sequence,
        ProjectCode = code,
        ProjectName = $"{like.ProjectName}{sequence}",
        Budget = budget,
        FiscalFunds = budget,
        SpendingPlan = new SpendingPlan(SpendingPlan.HebeiMonths.Zip(percents, (m, p) => new SpendingCheckpoint(m, p))),
    };

    /// <summary>Every stored line, column for column, is the line computed now from the stored rows.</summary>
    private static async Task AssertLinesAreTheStoredRowsAsync(ApplicationScope app, int count)
    {
        app.Db.ChangeTracker.Clear();
        var stored = await app.Db.ExecutionSummaries.AsNoTracking().OrderBy(s => s.ProjectId).ToListAsync();
        var ids = await app.Db.Projects.Where(p => p.RemovedAt == null).Select(p => p.Id).ToListAsync();
        var fresh = await ExecutionSummaries.ComputeAsync(app.Db, ids);

        Assert.Equal(count, stored.Count);
        Assert.Equal(ids.Order(), stored.Select(s => s.ProjectId));
        Assert.Contains(stored, s => s.PlanKey.Length > 0);
        foreach (var line in stored)
        {
            Assert.Equal(JsonSerializer.Serialize(fresh[line.ProjectId]), JsonSerializer.Serialize(line));
        }
    }
}
