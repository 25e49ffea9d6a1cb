using Jixiao.Application;
using Jixiao.Application.Documents;
using Jixiao.Application.Review;
using Jixiao.Data.Setup;
using Jixiao.Documents;
using Jixiao.Domain.Goals;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>Units send a department's parts in separate files: a file of the 部门整体支出绩效目标表 alone keeps the
/// stored project tables, a file of goal tables alone keeps the stored Part 1; a part the file has replaces the stored
/// one, and a project missing from a file that has project tables is still a removal. The version history records only
/// what really changed, and the review at import is the review of the document as stored.</summary>
public abstract class PartImportStorageTests
{
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    /// <summary>The repository's department text (Part 1 as text: overall goal, sub-goals, safeguards; 10 project tables).</summary>
    private static PerformanceDocument Full => DepartmentText.Read();

    /// <summary>A published 部门整体支出绩效目标表 (岳阳楼区价格认定中心 2023) read as the same department's table: no
    /// sub-goals, no safeguards, no project tables.</summary>
    private static PerformanceDocument TableAlone()
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "tests", "Jixiao.Documents.Tests", "Fixtures", "corpus", "department", "hunan-yueyanglou-2023-jiagerenzheng.html");
        var read = DocumentFiles.Read(path, new ReadOptions { RegionCode = DepartmentText.Region, FiscalYear = DepartmentText.Year, UnitCode = DepartmentText.UnitCode });
        Assert.Empty(read.Errors);
        Assert.Equal(FormFields.SubGoals | FormFields.Safeguards | FormFields.Part2, read.Document.FormLacks);
        return read.Document with { DepartmentName = Full.DepartmentName };
    }

    /// <summary>The department's project tables alone, as another province's goal-table file gives them: no Part 1.</summary>
    private static PerformanceDocument GoalTables(int drop = 0) =>
        Full with { Title = string.Empty, DepartmentGoals = new DepartmentGoals(), FormLacks = FormFields.Part1, Projects = [.. Full.Projects.SkipLast(drop)] };

    [SkippableFact]
    public async Task DepartmentTableAlone_AfterTheFullDocument_KeepsTheProjects_AndAddsTheTable()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        await store.ImportAsync(Full, new ImportRequest("测试", "full.txt"));
        var table = TableAlone();
        var noRemoval = new ImportRequest("测试", "table.html") { AllowRemoval = false };

        var preview = await store.ImportAsync(table, noRemoval with { DryRun = true, Review = false });
        var imported = await store.ImportAsync(table, noRemoval);

        string[] kept = ["文件只含部门整体支出绩效目标表：已保存的 10 个项目表保持不变。", "部门整体支出绩效目标表没有分项绩效目标和工作保障措施：已保存的 5 项分项绩效目标、5 项工作保障措施保持不变。"];
        Assert.Equal(kept, preview.Kept);
        Assert.Equal(kept, imported.Kept);
        Assert.Equal(0, imported.Removed);
        Assert.Empty(imported.Projects);
        Assert.False(imported.Part1Emptied);
        // Only the table's own fields changed: no 项目数, sub-goals, safeguards or form lines.
        var changed = imported.Part1Changes.Select(c => c[..c.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal("总体绩效目标", changed[0]);
        Assert.Contains("部门整体绩效目标表 部门职能", changed);
        Assert.Contains("部门整体绩效目标表 指标数", changed);
        Assert.All(changed.Skip(1), c => Assert.StartsWith("部门整体绩效目标表 ", c, StringComparison.Ordinal));
        Assert.Equal(10, await app.Db.Projects.CountAsync(p => p.RemovedAt == null));
        Assert.Equal(10, await app.Db.ProjectVersions.CountAsync());

        var stored = (await DocumentQueries.GetAsync(app.Db, imported.DocumentId))!;
        Assert.Equal(Full.Projects, stored.Projects);
        Assert.Equal(Full.DepartmentGoals.SubGoals, stored.DepartmentGoals.SubGoals);
        Assert.Equal(Full.DepartmentGoals.Safeguards, stored.DepartmentGoals.Safeguards);
        Assert.Equal(table.DepartmentGoals.Indicators, stored.DepartmentGoals.Indicators);
        Assert.Equal(5, stored.DepartmentGoals.Indicators.Count);
        Assert.Equal(FormFields.None, stored.FormLacks);
        Assert.Equal(Full.Title, stored.Title);

        // The review at import is the review of the document as stored, and the review of it later.
        var later = await app.Get<DocumentReviewer>().ReviewStoredAsync(imported.DocumentId, "审核员");
        Assert.Equal(DocumentReviewer.Review(stored).Score, imported.Review!.Score);
        Assert.Equal(imported.Review.Score, later!.Score);
        Assert.Equal(imported.Review.Grade, later.Grade);

        // The audit says what was imported.
        var summary = await app.Db.AuditEntries.AsNoTracking().Where(e => e.Field == "文件").OrderBy(e => e.Id).Select(e => e.NewValue).ToListAsync();
        Assert.Equal("table.html：导入第一部分（部门整体绩效目标）；文件只含部门整体支出绩效目标表：已保存的 10 个项目表保持不变；部门整体支出绩效目标表没有分项绩效目标和工作保障措施：已保存的 5 项分项绩效目标、5 项工作保障措施保持不变", summary[^1]);

        // The same table again changes nothing.
        Assert.True((await store.ImportAsync(table, noRemoval)).NothingChanged);
    }

    [SkippableFact]
    public async Task GoalTablesAlone_AfterTheFullDocument_KeepPart1()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        await store.ImportAsync(Full, new ImportRequest("测试", "full.txt"));
        await store.ImportAsync(TableAlone(), new ImportRequest("测试", "table.html"));
        var withTable = (await DocumentQueries.GetAsync(app.Db, DepartmentText.Region, DepartmentText.Year, DepartmentText.DepartmentCode))!;
        var changed = GoalTables();
        changed = changed with { Projects = [.. changed.Projects.Select((p, i) => i == 2 ? p with { Budget = p.Budget + Money.FromWanYuan(1.5m) } : p)] };

        var imported = await store.ImportAsync(changed, new ImportRequest("测试", "goals.xlsx") { AllowRemoval = false });

        Assert.Equal(["文件只含项目绩效目标表，没有第一部分：已保存的第一部分（部门整体绩效目标）保持不变。"], imported.Kept);
        Assert.False(imported.Part1Emptied);
        Assert.Equal([], imported.Part1Changes);
        Assert.Equal((1, 9, 0), (imported.Changed, imported.Unchanged, imported.Removed));
        var stored = (await DocumentQueries.GetAsync(app.Db, imported.DocumentId))!;
        Assert.Equal(withTable.DepartmentGoals, stored.DepartmentGoals);
        Assert.True(stored.DepartmentGoals.HasTable);
        Assert.Equal(Full.DepartmentGoals.SubGoals, stored.DepartmentGoals.SubGoals);
        Assert.Equal(FormFields.None, stored.FormLacks);
        Assert.Equal(Full.Projects[2].Budget + Money.FromWanYuan(1.5m), stored.Projects[2].Budget);
        var later = await app.Get<DocumentReviewer>().ReviewStoredAsync(imported.DocumentId, "审核员");
        Assert.Equal(DocumentReviewer.Review(stored).Score, imported.Review!.Score);
        Assert.Equal(imported.Review.Score, later!.Score);
    }

    [SkippableFact]
    public async Task FullFile_StillReplacesBothParts()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        await store.ImportAsync(Full, new ImportRequest("测试", "full.txt"));
        await store.ImportAsync(TableAlone(), new ImportRequest("测试", "table.html"));
        var revised = Full with
        {
            DepartmentGoals = Full.DepartmentGoals with { SubGoals = [.. Full.DepartmentGoals.SubGoals.Skip(1)] },
            Projects = [.. Full.Projects.SkipLast(1)],
        };

        var refused = await Assert.ThrowsAsync<ImportException>(() => store.ImportAsync(revised, new ImportRequest("测试", "full2.txt") { AllowRemoval = false }));
        var imported = await store.ImportAsync(revised, new ImportRequest("测试", "full2.txt"));

        Assert.True(refused.IsRemoval);
        Assert.Empty(imported.Kept);
        Assert.Equal(1, imported.Removed);
        var stored = (await DocumentQueries.GetAsync(app.Db, imported.DocumentId))!;
        Assert.Equal(revised.DepartmentGoals, stored.DepartmentGoals);
        Assert.False(stored.DepartmentGoals.HasTable);
        Assert.Equal(9, stored.Projects.Count);
        Assert.Contains(imported.Part1Changes, c => c.StartsWith("分项绩效目标数", StringComparison.Ordinal));
        Assert.Contains(imported.Part1Changes, c => c.StartsWith("部门整体绩效目标表 指标数", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task GoalTablesDroppingAProject_AreStillARemoval()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        await store.ImportAsync(Full, new ImportRequest("测试", "full.txt"));

        var refused = await Assert.ThrowsAsync<ImportException>(() => store.ImportAsync(GoalTables(drop: 1), new ImportRequest("测试", "goals.xlsx") { AllowRemoval = false }));
        var imported = await store.ImportAsync(GoalTables(drop: 1), new ImportRequest("测试", "goals.xlsx"));

        Assert.True(refused.IsRemoval);
        Assert.DoesNotContain("第一部分", refused.Message, StringComparison.Ordinal);
        var gone = Assert.Single(imported.Projects, p => p.Kind == ProjectChangeKind.Removed);
        Assert.Equal(Full.Projects[^1].ProjectCode, gone.ProjectCode);
        Assert.Equal(Full.DepartmentGoals, (await DocumentQueries.GetAsync(app.Db, imported.DocumentId))!.DepartmentGoals);
    }

    private static async Task<ApplicationScope> StartAsync(ITestDatabase database)
    {
        await DatabaseSetup.MigrateAsync(database.Connection);
        return new ApplicationScope(database.Connection);
    }
}

public sealed class SqlitePartImportStorageTests : PartImportStorageTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresPartImportStorageTests : PartImportStorageTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
