using Jixiao.Application.Dashboard;
using Jixiao.Application.Documents;
using Jixiao.Application.Pipeline;
using Jixiao.Data.Audit;
using Jixiao.Data.Entities;
using Jixiao.Data.Setup;
using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Data.Tests;

/// <summary>The storage suite. It runs unchanged against a real SQLite file (<see cref="SqliteStorageTests"/>) and
/// a real PostgreSQL server (<see cref="PostgresStorageTests"/>); every test gets its own fresh database.</summary>
public abstract class StorageTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [SkippableFact]
    public async Task Migrate_CreatesSchemaMatchingTheModel()
    {
        await using var database = await CreateDatabaseAsync();
        var applied = await DatabaseSetup.MigrateAsync(database.Connection);
        Assert.NotEmpty(applied);
        Assert.Empty(await DatabaseSetup.MigrateAsync(database.Connection));

        await using var db = JixiaoDatabase.CreateContext(database.Connection);
        // Fails when an entity or configuration changed without `dotnet ef migrations add` for this provider.
        Assert.False(db.Database.HasPendingModelChanges(), "模型已修改但没有对应的迁移：请为 SQLite 和 PostgreSQL 各添加一个迁移。");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [SkippableFact]
    public async Task Migrate_OnAnEmptyDatabase_LogsNoWarning()
    {
        // A first start used to print EF Core warnings: generated values on composite keys (SQLite cannot have them),
        // and foreign keys switched off outside the transaction of migrations with other steps. A model built afresh
        // (no cached service provider) logs its validation warnings here too.
        await using var database = await CreateDatabaseAsync();
        var warnings = new List<string>();
        var options = new DbContextOptionsBuilder<JixiaoDbContext>();
        JixiaoDatabase.Configure(options, database.Connection);
        options.EnableServiceProviderCaching(false).LogTo((id, level) => level == Microsoft.Extensions.Logging.LogLevel.Warning, e => warnings.Add(e.ToString()));
        await using var db = new JixiaoDbContext(options.Options);

        Assert.NotEmpty(await DatabaseSetup.MigrateAsync(db));
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    [SkippableFact]
    public async Task Upgrade_KeepsAuditEntriesWrittenBeforeTheChain_AndSealsThem()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var old = JixiaoDatabase.CreateContext(database.Connection))
        {
            // The schema as it was before the Workflow migration, with two entries in its free-text Details column.
            var migrations = old.Database.GetMigrations().ToList();
            var beforeChain = migrations[migrations.FindIndex(m => m.EndsWith("_Workflow", StringComparison.Ordinal)) - 1];
            await old.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync(beforeChain);
            foreach (var (user, details) in new[] { ("clerk", "导入《纪委》：新增 10 个项目"), ("admin", "预算数 “19.56” → “20.00”") })
            {
                await old.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"AuditEntries\" (\"At\", \"User\", \"Action\", \"EntityType\", \"EntityKey\", \"Details\") VALUES ({Start.UtcDateTime}, {user}, {"导入"}, {"部门文本"}, {"2022/130682/222"}, {details})");
            }
        }

        await DatabaseSetup.MigrateAsync(database.Connection);

        await using var db = JixiaoDatabase.CreateContext(database.Connection);
        var entries = await db.AuditEntries.OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal([1L, 2L], entries.Select(e => e.Sequence));
        Assert.Equal(["导入《纪委》：新增 10 个项目", "预算数 “19.56” → “20.00”"], entries.Select(e => e.NewValue));
        Assert.Equal(AuditChain.Genesis, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        var verification = await AuditLog.VerifyAsync(db);
        Assert.True(verification.IsIntact, verification.Problem?.ToString());
        Assert.Equal(2, verification.EntriesChecked);
    }

    [SkippableFact]
    public async Task Upgrade_MovesEachUsersOneUnitIntoUserUnits()
    {
        await using var database = await CreateDatabaseAsync();
        await BeforeUserUnits.CreateAsync(database.Connection, "hash");

        await DatabaseSetup.MigrateAsync(database.Connection);

        await using var db = JixiaoDatabase.CreateContext(database.Connection);
        var assignments = await db.UserUnits.Select(u => new { u.UserId, u.Unit!.Code }).ToListAsync();
        Assert.Equal([(BeforeUserUnits.ClerkId, BeforeUserUnits.ClerkUnit)], assignments.Select(a => (a.UserId, a.Code)));
        var clerk = await db.Users.Include(u => u.Units).SingleAsync(u => u.Id == BeforeUserUnits.ClerkId);
        Assert.Equal(("clerk", "130102", "hash"), (clerk.UserName, clerk.RegionCode, clerk.PasswordHash));
        Assert.Single(clerk.Units);
        Assert.Empty(await db.UserUnits.Where(u => u.UserId == BeforeUserUnits.CheckerId).ToListAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [SkippableFact]
    public async Task Import_StoresEveryTableExactly()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        var result = await ImportAsync(db, DepartmentText.Read());

        Assert.True(result.DocumentCreated);
        Assert.Equal(10, result.Added);
        Assert.Equal(10, await db.Projects.CountAsync());
        Assert.Equal(90, await db.ProjectIndicators.CountAsync());
        var stored = await DocumentQueries.GetAsync(db, DepartmentText.Region, DepartmentText.Year, DepartmentText.DepartmentCode);
        Assert.NotNull(stored);
        Assert.Empty(DocumentComparer.Compare(DepartmentText.Read(), stored));
        Assert.Equal(DepartmentText.Read(), stored);
    }

    [SkippableFact]
    public async Task ImportTwice_KeepsOneVersionAndChangesNothing()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, DepartmentText.Read());
        var before = await DatabaseSnapshot.TakeAsync(db);

        var again = await ImportAsync(db, DepartmentText.Read(), time: Start.AddDays(1));

        Assert.True(again.NothingChanged);
        Assert.Equal(10, again.Unchanged);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(db));
        Assert.Equal(10, await db.ProjectVersions.CountAsync());
        Assert.All(await db.Projects.ToListAsync(), p => Assert.Equal(1, p.CurrentVersion));
    }

    [SkippableFact]
    public async Task ImportCorrectedBudget_AddsVersionToThatProjectOnly()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, DepartmentText.Read());
        var original = DepartmentText.Read().Projects[2];

        var corrected = await ImportAsync(db, DepartmentText.WithBudgetChanged(2, Money.FromWanYuan(1.5m)), user: "张会计", time: Start.AddDays(3));

        Assert.Equal(1, corrected.Changed);
        Assert.Equal(9, corrected.Unchanged);
        Assert.Equal(11, await db.ProjectVersions.CountAsync());
        var year = DepartmentText.Year;
        var project = await ProjectQueries.GetByCodeAsync(db, year, original.ProjectCode);
        Assert.NotNull(project);
        Assert.Equal(2, project.CurrentVersion);
        Assert.Equal(original.Budget + Money.FromWanYuan(1.5m), project.Content.Budget);
        Assert.Equal(2, project.Versions.Count);
        var latest = project.Versions[1];
        Assert.Equal("张会计", latest.CreatedBy);
        Assert.Equal(Start.AddDays(3).UtcDateTime, DateTime.SpecifyKind(latest.CreatedAt, DateTimeKind.Utc));
        Assert.Contains(latest.Changes, c => c.Contains("预算数", StringComparison.Ordinal) && c.Contains(original.Budget.ToString(), StringComparison.Ordinal));
        Assert.Contains(latest.Changes, c => c.Contains("财政资金", StringComparison.Ordinal));

        // The earlier version stays readable, exactly as first imported.
        var first = await ProjectQueries.GetByCodeAsync(db, year, original.ProjectCode, version: 1);
        Assert.NotNull(first);
        Assert.Equal(original, first.Content);

        var others = await db.Projects.Where(p => p.Code != project.Code).ToListAsync();
        Assert.Equal(9, others.Count);
        Assert.All(others, p => Assert.Equal(1, p.CurrentVersion));
    }

    [SkippableFact]
    public async Task UnitBudgetTotal_IsSummedExactlyInSql()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, DepartmentText.Read());

        var units = await UnitQueries.ListAsync(db, DepartmentText.Region, DepartmentText.Year);

        var unit = Assert.Single(units);
        Assert.Equal(DepartmentText.UnitCode, unit.Code);
        Assert.Equal("文化广电局本级", unit.Name);
        Assert.Equal(10, unit.ProjectCount);
        Assert.Equal("173.67", unit.BudgetTotal.ToString());
        Assert.Null(unit.LatestGrade);
        Assert.Equal(Money.FromWanYuan(173.67m), await UnitQueries.BudgetTotalAsync(db, DepartmentText.Region, DepartmentText.UnitCode, DepartmentText.Year));
        Assert.Equal(Money.FromWanYuan(173.67m), await UnitQueries.RegionTotalAsync(db, DepartmentText.Region, DepartmentText.Year));
        Assert.Empty(await UnitQueries.ListAsync(db, DepartmentText.Region, 2024));
    }

    [SkippableFact]
    public async Task UnitBudgetTotal_FollowsTheCurrentVersionToTheFen()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, DepartmentText.Read());
        await ImportAsync(db, DepartmentText.WithBudgetChanged(0, new Money(1)));

        var total = await UnitQueries.BudgetTotalAsync(db, DepartmentText.Region, DepartmentText.UnitCode, DepartmentText.Year);

        Assert.Equal(Money.FromWanYuan(173.67m) + new Money(1), total);
        Assert.Equal("173.670001", total.ToString());
    }

    [SkippableFact]
    public async Task UnitList_ShowsTheLatestReviewGrade()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        var imported = await ImportAsync(db, DepartmentText.Read());
        db.ReviewRuns.Add(new ReviewRun { DocumentId = imported.DocumentId, Grade = Grade.Poor, Score = 55, RunBy = "系统", RunAt = Start.UtcDateTime });
        db.ReviewRuns.Add(new ReviewRun
        {
            DocumentId = imported.DocumentId, Grade = Grade.Good, Score = 84.5m, RunBy = "系统", RunAt = Start.AddDays(1).UtcDateTime,
            Findings = [new ReviewFinding { RuleId = "VAL-11", Severity = Domain.Review.Severity.Warning, ProjectSequence = 1, IndicatorRow = 3, Field = "指标值", Message = "指标值“按计划实施”不可衡量", Deduction = 1.5m }],
        });
        await db.SaveChangesAsync();

        var unit = Assert.Single(await UnitQueries.ListAsync(db, DepartmentText.Region, DepartmentText.Year));

        Assert.Equal(Grade.Good, unit.LatestGrade);
        Assert.Equal(1, await db.ReviewFindings.CountAsync(f => f.RuleId == "VAL-11"));
    }

    [SkippableFact]
    public async Task ReviewRunAddedThroughTheTracker_StoresItsFindingsUnderItsOwnId()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        var imported = await ImportAsync(db, DepartmentText.Read());
        var first = new ReviewRun { DocumentId = imported.DocumentId, Grade = Grade.Poor, Score = 55, RunBy = "系统", RunAt = Start.UtcDateTime };
        db.ReviewRuns.Add(first);
        await db.SaveChangesAsync();
        var second = new ReviewRun
        {
            DocumentId = imported.DocumentId, Grade = Grade.Good, Score = 84.5m, RunBy = "系统", RunAt = Start.AddDays(1).UtcDateTime,
            Findings = [new ReviewFinding { RuleId = "VAL-11", Severity = Domain.Review.Severity.Warning, IndicatorRow = 3, Field = "指标值", Message = "指标值“按计划实施”不可衡量", Deduction = 1.5m }],
        };
        db.ReviewRuns.Add(second);
        db.SaveChanges();

        // Before, both runs kept FindingsRunId 0 and the readers, which take the greatest findings run, showed nothing.
        Assert.Equal(first.Id, first.FindingsRunId);
        Assert.Equal(second.Id, second.FindingsRunId);
        db.ChangeTracker.Clear();
        Assert.Equal(second.Id, await db.ReviewRuns.Where(r => r.Id == second.Id).Select(r => r.FindingsRunId).SingleAsync());
        var shown = Assert.Single(await Application.Review.ReviewQueries.ForDocumentItselfAsync(db, imported.DocumentId, "部门"));
        Assert.Equal("VAL-11", shown.RuleId);
    }

    [SkippableFact]
    public async Task Search_FindsProjectsByChineseNameOrCodeFragment()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, DepartmentText.Read());

        var patrol = await ProjectQueries.SearchAsync(db, "巡查");
        var byCode = await ProjectQueries.SearchAsync(db, "p03171010001", year: DepartmentText.Year, regionCode: DepartmentText.Region);
        var funds = await ProjectQueries.SearchAsync(db, "经费", year: DepartmentText.Year);

        Assert.Equal("文物安全巡查经费", Assert.Single(patrol).Name);
        Assert.Equal("13910223P03171010001K", Assert.Single(byCode).Code);
        Assert.Equal(DepartmentText.Read().Projects.Count(p => p.ProjectName.Contains("经费", StringComparison.Ordinal)), funds.Count);
        Assert.True(funds.Count > 1);
        Assert.Empty(await ProjectQueries.SearchAsync(db, "不存在的项目"));
        Assert.Empty(await ProjectQueries.SearchAsync(db, "巡查", year: 2024));

        // A unit editor's search is limited in SQL to its units, before the limit.
        var unitId = await db.Units.Select(u => u.Id).SingleAsync();
        Assert.Equal(funds.Count, (await ProjectQueries.SearchAsync(db, "经费", year: DepartmentText.Year, unitIds: [unitId])).Count);
        Assert.Single(await ProjectQueries.SearchAsync(db, "经费", year: DepartmentText.Year, limit: 1, unitIds: [unitId, unitId + 1]));
        Assert.Empty(await ProjectQueries.SearchAsync(db, "经费", year: DepartmentText.Year, unitIds: [unitId + 1]));
    }

    [SkippableFact]
    public async Task GetProject_ReturnsEverythingOfTheTable()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, DepartmentText.Read());
        var expected = DepartmentText.Read().Projects[0];

        var project = await ProjectQueries.GetByCodeAsync(db, DepartmentText.Year, expected.ProjectCode);

        Assert.NotNull(project);
        Assert.Equal(expected, project.Content);
        Assert.Equal(DepartmentText.UnitCode, project.UnitCode);
        Assert.Equal(DepartmentText.Region, project.RegionCode);
        Assert.Equal("新建", Assert.Single(Assert.Single(project.Versions).Changes));
        var row = await db.ProjectIndicators.Where(i => i.VersionId == db.ProjectVersions.Single(v => v.ProjectId == project.ProjectId).Id)
            .OrderBy(i => i.Row).ToListAsync();
        Assert.Equal(expected.Indicators.Count, row.Count);
        var quantitative = expected.Indicators.Select((x, i) => (x, i)).First(t => t.x.Target.IsQuantitative);
        Assert.Equal(quantitative.x.Target.Text, row[quantitative.i].TargetText);
        Assert.Equal(quantitative.x.Target.Number, row[quantitative.i].TargetNumber);
        Assert.Equal(quantitative.x.Target.Comparator, row[quantitative.i].TargetComparator);
        Assert.Null(await ProjectQueries.GetByCodeAsync(db, DepartmentText.Year, expected.ProjectCode, version: 2));
    }

    [SkippableFact]
    public async Task GetProject_OfEveryTable_ReadsItsGoalsCheckpointsAndIndicatorsOnceEach()
    {
        // The version's checkpoints and goals come joined in one statement, its indicators in another: a table with
        // several of each must come back with each row once and in its order, not as their product.
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        var document = DepartmentText.Read();
        await ImportAsync(db, document);
        Assert.Contains(document.Projects, p => p.Goals.Count > 1 && p.SpendingPlan.Checkpoints.Count > 1 && p.Indicators.Count > 1);

        foreach (var expected in document.Projects)
        {
            var project = await ProjectQueries.GetByCodeAsync(db, DepartmentText.Year, expected.ProjectCode);
            Assert.NotNull(project);
            Assert.Equal(expected.Goals, project.Content.Goals);
            Assert.Equal(expected.SpendingPlan, project.Content.SpendingPlan);
            Assert.Equal(expected.Indicators, project.Content.Indicators);
            Assert.Equal(expected, project.Content);
        }
    }

    [SkippableFact]
    public async Task GetProject_WithTwoVersions_ReadsTheAskedVersionWithEachGoalCheckpointAndIndicatorOnce()
    {
        // The history and the shown version's checkpoints and goals come joined in one statement: with two versions in
        // the history every checkpoint and goal must still come back once, of the asked version, in its order.
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, DepartmentText.Read());
        var original = DepartmentText.Read().Projects[2];
        var changed = DepartmentText.WithBudgetChanged(2, Money.FromWanYuan(1.5m));
        await ImportAsync(db, changed, time: Start.AddDays(1));
        Assert.True(original.Goals.Count > 1 && original.SpendingPlan.Checkpoints.Count > 1 && original.Indicators.Count > 1);

        var current = await ProjectQueries.GetByCodeAsync(db, DepartmentText.Year, original.ProjectCode);
        var second = await ProjectQueries.GetByCodeAsync(db, DepartmentText.Year, original.ProjectCode, version: 2);
        var first = await ProjectQueries.GetByCodeAsync(db, DepartmentText.Year, original.ProjectCode, version: 1);

        Assert.NotNull(current);
        Assert.NotNull(second);
        Assert.NotNull(first);
        Assert.Equal([1, 2], current.Versions.Select(v => v.Number));
        Assert.Equal((2, 2, 1), (current.ShownVersion, second.ShownVersion, first.ShownVersion));
        Assert.Equal(changed.Projects[2], current.Content);
        Assert.Equal(changed.Projects[2], second.Content);
        Assert.Equal(original, first.Content);
        Assert.Equal(original.Goals, first.Content.Goals);
        Assert.Equal(original.SpendingPlan, first.Content.SpendingPlan);
        Assert.Equal(original.Indicators, first.Content.Indicators);
        Assert.NotEqual(first.Content.Budget, current.Content.Budget);
        Assert.Null(await ProjectQueries.GetAsync(db, current.ProjectId, 3));
        Assert.Null(await ProjectQueries.GetAsync(db, current.ProjectId, 0));
        Assert.Null(await ProjectQueries.GetAsync(db, 987654));
    }

    [SkippableFact]
    public async Task ImportWithoutAProject_MarksItRemovedAndKeepsItsVersions()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, DepartmentText.Read());
        var text = DepartmentText.Read();
        var dropped = text.Projects[9];

        var result = await ImportAsync(db, text with { Projects = [.. text.Projects.Take(9)] });

        Assert.Equal(1, result.Removed);
        var unit = Assert.Single(await UnitQueries.ListAsync(db, DepartmentText.Region, DepartmentText.Year));
        Assert.Equal(9, unit.ProjectCount);
        Assert.Equal(Money.FromWanYuan(173.67m) - dropped.Budget, unit.BudgetTotal);
        var kept = await ProjectQueries.GetByCodeAsync(db, DepartmentText.Year, dropped.ProjectCode);
        Assert.NotNull(kept);
        Assert.True(kept.Removed);
        Assert.Equal(dropped, kept.Content);

        var back = await ImportAsync(db, text);
        Assert.Equal(1, back.Changed);
        Assert.Equal(10, Assert.Single(await UnitQueries.ListAsync(db, DepartmentText.Region, DepartmentText.Year)).ProjectCount);
    }

    [SkippableFact]
    public async Task ImportChangedDepartmentGoals_RecordsTheChangeWithoutNewProjectVersions()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, DepartmentText.Read());
        var text = DepartmentText.Read();
        var changed = text with { DepartmentGoals = text.DepartmentGoals with { OverallGoal = text.DepartmentGoals.OverallGoal + "（修订）" } };

        var result = await ImportAsync(db, changed);

        Assert.Contains(result.Part1Changes, c => c.StartsWith("总体绩效目标", StringComparison.Ordinal));
        Assert.Equal(10, await db.ProjectVersions.CountAsync());
        Assert.Equal(changed, await DocumentQueries.GetAsync(db, DepartmentText.Region, DepartmentText.Year, DepartmentText.DepartmentCode));
        // One summary entry per import, plus the changed Part 1 field with its old and new value.
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "导入" && a.Field == "文件"));
        var field = await db.AuditEntries.SingleAsync(a => a.Action == "导入" && a.Field == "总体绩效目标");
        Assert.Equal(text.DepartmentGoals.OverallGoal, field.OldValue);
        Assert.Equal(changed.DepartmentGoals.OverallGoal, field.NewValue);
        Assert.True((await AuditLog.VerifyAsync(db)).IsIntact);
    }

    [SkippableFact]
    public async Task AuditAppends_FromParallelConnections_FormOneUnbrokenChain()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        const int writers = 6, each = 5;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            await using var own = JixiaoDatabase.CreateContext(database.Connection);
            for (var n = 0; n < each; n++)
            {
                await AuditLog.RecordAsync(own, [AuditDiff.Draft(new AuditSource($"用户{w}", "单位填报", "127.0.0.1", Start), "修改", "测试", $"{w}/{n}")]);
            }
        })));

        var entries = await AuditLog.LoadAllAsync(db);
        Assert.Equal(writers * each, entries.Count);
        Assert.Equal(Enumerable.Range(1, writers * each).Select(i => (long)i), entries.Select(e => e.Sequence).Order());
        var verification = await AuditLog.VerifyAsync(db);
        Assert.True(verification.IsIntact, verification.Message);
    }

    [SkippableFact]
    public async Task AuditAppend_StoresEverySealedEntry_ColumnByColumn_InChainOrder()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        // Texts at and over the column lengths (clipped before hashing), lines, tabs, quotes, empty fields, and a time
        // with microseconds: what the bulk writer stores must be exactly what was hashed.
        var source = new AuditSource(new string('张', Configurations.Lengths.User + 5), "单位填报", "2001:db8::1", Start.AddTicks(1_234_560));
        List<AuditLogEntry> drafts =
        [
            AuditDiff.Draft(source, "导入", "预算项目", new string('码', Configurations.Lengths.Name + 1), "项目名称", string.Empty, "第一行\n第二行\t“引号”'单引号'"),
            AuditDiff.Draft(source, "修改", "预算项目", "2022/130682/001", new string('字', Configurations.Lengths.Name), "旧值", string.Empty),
            AuditDiff.Draft(source with { User = string.Empty, Role = string.Empty, IpAddress = string.Empty }, "登录", "用户", "admin", string.Empty, string.Empty, string.Empty),
        ];

        var sealedEntries = new List<AuditLogEntry>();
        foreach (var batch in new[] { drafts, drafts[..1] })
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            sealedEntries.AddRange(await AuditLog.AppendAsync(db, batch));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var rows = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(sealedEntries, rows.Select(AuditLog.ToDomain));
        Assert.Equal(Enumerable.Range(1, 4).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.Equal(Configurations.Lengths.User, rows[0].User.Length);
        Assert.Equal(Configurations.Lengths.Name, rows[0].EntityKey.Length);
        Assert.Equal(Start.AddTicks(1_234_560).UtcDateTime, rows[0].At);
        Assert.True((await AuditLog.VerifyAsync(db)).IsIntact);
    }

    [SkippableFact]
    public async Task InvalidDocument_LeavesTheDatabaseExactlyAsItWas()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, DepartmentText.Read());
        var before = await DatabaseSnapshot.TakeAsync(db);
        var text = DepartmentText.Read();
        var duplicate = text with { Projects = [.. text.Projects, text.Projects[0] with { Sequence = 11, Budget = new Money(5) }] };

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(db, duplicate));

        Assert.Contains("重复", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(db));
    }

    [SkippableFact]
    public async Task FailureHalfwayThroughAnImport_RollsBackEverything()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var setup = await OpenAsync(database))
        {
            await ImportAsync(setup, DepartmentText.Read());
        }

        // The document row and units are saved first; the failure hits when the project versions are written.
        var builder = new DbContextOptionsBuilder<JixiaoDbContext>();
        JixiaoDatabase.Configure(builder, database.Connection);
        builder.AddInterceptors(new FailOnSecondSave());
        await using var failing = new JixiaoDbContext(builder.Options);
        var text = DepartmentText.WithBudgetChanged(4, Money.FromWanYuan(2m));
        var changed = text with { DepartmentGoals = text.DepartmentGoals with { OverallGoal = "改写" } };
        await using var check = JixiaoDatabase.CreateContext(database.Connection);
        var before = await DatabaseSnapshot.TakeAsync(check);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ImportAsync(failing, changed));

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(check));
    }

    [SkippableFact]
    public async Task RowsWrittenWithTheImport_AreStoredWithIt_OrRolledBackWithIt()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await using var check = JixiaoDatabase.CreateContext(database.Connection);
        var empty = await DatabaseSnapshot.TakeAsync(check);
        var time = new FixedTime(Start);
        var importer = new DocumentImporter(db, time);

        // A failure in the extra rows (a carried-over draft's revisit notes) leaves no half-written draft behind.
        await Assert.ThrowsAsync<InvalidOperationException>(() => Writes.RunAsync<int>(db, time, async ct =>
        {
            await importer.ImportAsync(DepartmentText.Read(), new ImportRequest("测试", "text.txt"), ct);
            throw new InvalidOperationException("模拟的数据库故障");
        }));
        Assert.Equal(empty, await DatabaseSnapshot.TakeAsync(check));

        var result = await Writes.RunAsync(db, time, async ct =>
        {
            var imported = await importer.ImportAsync(DepartmentText.Read(), new ImportRequest("测试", "text.txt"), ct);
            db.RevisitNotes.Add(new RevisitNote { DocumentId = imported.DocumentId, ProjectCode = "X", Field = "目标值", Reason = "Placeholder", Message = "复核" });
            return imported;
        });

        var note = Assert.Single(await check.RevisitNotes.AsNoTracking().ToListAsync());
        Assert.Equal(result.DocumentId, note.DocumentId);
        Assert.Equal(10, await check.Projects.CountAsync());
    }

    private static async Task<JixiaoDbContext> OpenAsync(ITestDatabase database)
    {
        await DatabaseSetup.MigrateAsync(database.Connection);
        return JixiaoDatabase.CreateContext(database.Connection);
    }

    private static Task<ImportResult> ImportAsync(JixiaoDbContext db, PerformanceDocument document, string user = "测试", DateTimeOffset? time = null) =>
        new DocumentImporter(db, new FixedTime(time ?? Start)).ImportAsync(document, new ImportRequest(user, "text.txt"));

    private sealed class FailOnSecondSave : SaveChangesInterceptor
    {
        private int _saves;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ++_saves == 2 ? throw new InvalidOperationException("模拟的数据库故障") : ValueTask.FromResult(result);
    }
}
