using Jixiao.Application;
using Jixiao.Application.Documents;
using Jixiao.Application.Review;
using Jixiao.Data.Setup;
using Jixiao.Documents;
using Jixiao.Domain.Goals;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>A department's goals read from a published 部门整体支出绩效目标表 (the reader's department corpus) are
/// stored with the document and read back exactly — duties, funds to the fen, indicator rows with their targets — on
/// both databases; importing the same file again changes nothing, a changed target is a Part 1 change.</summary>
public abstract class DepartmentTableStorageTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [SkippableFact]
    public async Task Import_KeepsTheDepartmentTable_AndReadsItBackExactly()
    {
        await using var database = await CreateDatabaseAsync();
        await DatabaseSetup.MigrateAsync(database.Connection);
        await using var db = JixiaoDatabase.CreateContext(database.Connection);
        var yueyanglou = Read("hunan-yueyanglou-2023-jiagerenzheng.html", new ReadOptions { RegionCode = "430602", UnitCode = "430001" });
        var guangshui = Read("hubei-guangshui-2021-zhengfuban.docx", new ReadOptions { RegionCode = "421381", FiscalYear = 2021, UnitCode = "101001" });

        var first = await ImportAsync(db, yueyanglou);
        await ImportAsync(db, guangshui);

        Assert.True(first.DocumentCreated);
        var stored = await DocumentQueries.GetAsync(db, "430602", 2023, "430");
        Assert.Equal(yueyanglou, stored);
        Assert.Equal(5, stored!.DepartmentGoals.Indicators.Count);
        Assert.Equal(28.8m, stored.DepartmentGoals.Indicators[0].Target.Number);
        Assert.Equal("负责价格认定工作", stored.DepartmentGoals.Duties);
        var funds = (await DocumentQueries.GetAsync(db, "421381", 2021, "101"))!.DepartmentGoals.Funds;
        Assert.Equal(guangshui.DepartmentGoals.Funds, funds);
        // In 元: 968.1918 万元 and, as printed, 7242318 万元.
        Assert.Equal([9_681_918L, 72_423_180_000L], funds.Where(f => f.Label is "财政拨款" or "基本支出").Select(f => f.Amount!.Value.Fen / 100));
        // The department is shown under its head unit.
        Assert.Equal(["101001", "430001"], await db.Units.OrderBy(u => u.Code).Select(u => u.Code).ToListAsync());

        var again = await ImportAsync(db, yueyanglou, Start.AddDays(1));
        Assert.True(again.NothingChanged);

        var rows = yueyanglou.DepartmentGoals.Indicators.ToList();
        rows[1] = rows[1] with { Target = TargetValue.Parse("≥98%") };
        var changed = yueyanglou with { DepartmentGoals = yueyanglou.DepartmentGoals with { Indicators = rows } };
        var revised = await ImportAsync(db, changed, Start.AddDays(2));
        Assert.Contains(revised.Part1Changes, c => c.StartsWith("部门整体绩效目标表 指标[2].指标值", StringComparison.Ordinal));
        Assert.Equal(changed, await DocumentQueries.GetAsync(db, "430602", 2023, "430"));
    }

    [SkippableFact]
    public async Task DepartmentTablesFindings_StoredAtImportAndByTheStoredReview_AreTheReviewInHand()
    {
        await using var database = await CreateDatabaseAsync();
        await DatabaseSetup.MigrateAsync(database.Connection);
        await using var app = new ApplicationScope(database.Connection);
        var document = Read("hunan-yueyanglou-2023-jiagerenzheng.html", new ReadOptions { RegionCode = "430602", UnitCode = "430001" });

        var imported = await app.Get<DocumentStore>().ImportAsync(document, new ImportRequest("测试", "department.html"));
        var atImport = await StoredFindingsAsync(app.Db, await app.Db.ReviewRuns.Select(r => r.Id).SingleAsync());
        var stored = await app.Get<DocumentReviewer>().ReviewStoredAsync(imported.DocumentId, "审核员");

        var inMemory = DocumentReviewer.Review(document);
        var expected = inMemory.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.ProjectSequence} {f.IndicatorRow} {f.Field} {f.Message}").ToList();
        Assert.Equal(expected, atImport);
        Assert.Equal(expected, await StoredFindingsAsync(app.Db, stored!.FindingsRunId));
        // The table's own rows judged as Part 1 (no table sequence): 第3行 VAL-09, 第4行 FIN-07, and STR-06 on the whole.
        Assert.Equal(["STR-06  ", "VAL-09  3", "FIN-07  4"], expected.Where(f => f.Contains("部门整体绩效目标表", StringComparison.Ordinal))
            .Select(f => string.Join(' ', f.Split(' ')[0], f.Split(' ')[2], f.Split(' ')[3])));
        Assert.Equal(85.74m, inMemory.Score);
        Assert.Equal((85.74m, 85.74m), (imported.Review!.Score, stored.Score));
    }

    private static async Task<List<string>> StoredFindingsAsync(JixiaoDbContext db, long runId) =>
        (await db.ReviewFindings.AsNoTracking().Where(f => f.ReviewRunId == runId).OrderBy(f => f.Id).ToListAsync())
            .Select(f => $"{f.RuleId} {f.Severity} {f.ProjectSequence} {f.IndicatorRow} {f.Field} {f.Message}").ToList();

    private static PerformanceDocument Read(string file, ReadOptions options)
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "tests", "Jixiao.Documents.Tests", "Fixtures", "corpus", "department", file);
        var result = DocumentFiles.Read(path, options);
        Assert.Empty(result.Errors);
        return result.Document;
    }

    private static Task<ImportResult> ImportAsync(JixiaoDbContext db, PerformanceDocument document, DateTimeOffset? time = null) =>
        new DocumentImporter(db, new FixedTime(time ?? Start)).ImportAsync(document, new ImportRequest("测试", "department.html"));
}

public sealed class SqliteDepartmentTableStorageTests : DepartmentTableStorageTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresDepartmentTableStorageTests : DepartmentTableStorageTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
