using Jixiao.Application.Documents;
using Jixiao.Data.Setup;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>Goal tables as provinces publish them, stored: without 项目编码 (told apart by name, the code filled in
/// later), with 分值, 评分标准 and extra columns kept. Runs on SQLite and PostgreSQL.</summary>
public abstract class GoalTableStorageTests
{
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [SkippableFact]
    public async Task TablesWithoutCodes_Import_AndImportAgainChangesNothing()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);

        var first = await ImportAsync(db, Document());
        var again = await ImportAsync(db, Document());

        Assert.Equal(2, first.Added);
        Assert.True(again.NothingChanged);
        Assert.Equal(["", ""], await db.Projects.OrderBy(p => p.Id).Select(p => p.Code).ToListAsync());
    }

    [SkippableFact]
    public async Task CodeFilledInLater_IsTheSameProject_WithANewVersion()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, Document());
        var ids = await db.Projects.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();

        var withCode = Document() with { Projects = [Document().Projects[0] with { ProjectCode = "43060023P00000000001X" }, Document().Projects[1]] };
        var result = await ImportAsync(db, withCode);

        var change = Assert.Single(result.Projects, p => p.Kind == ProjectChangeKind.Changed);
        Assert.Equal(("43060023P00000000001X", 2), (change.ProjectCode, change.Version));
        Assert.Contains("补填项目编码 43060023P00000000001X", change.Changes);
        Assert.Equal(0, result.Added + result.Removed);
        Assert.Equal(ids, await db.Projects.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
    }

    [SkippableFact]
    public async Task TwoTablesWithoutCodesAndTheSameName_AreRefusedWithTheReason()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        var document = Document();
        var twins = document with { Projects = [document.Projects[0], document.Projects[0] with { Sequence = 2 }] };

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(db, twins));

        Assert.Contains("都没有项目编码，项目名称又相同", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Projects.CountAsync());
    }

    [SkippableFact]
    public async Task WeightsStandardsAndExtraColumns_AreStoredWithTheRow()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = await OpenAsync(database);
        await ImportAsync(db, Document());

        var stored = (await DocumentQueries.GetAsync(db, "430600", 2023, "430"))!;

        Assert.Equal(Document().Projects, stored.Projects);
        Assert.Equal(12.5m, stored.Projects[0].Indicators[0].Weight);
        Assert.Equal(17.5m, await db.ProjectIndicators.Where(i => i.Weight != null).SumAsync(i => i.Weight!.Value));
    }

    /// <summary>Two tables of one unit without 项目编码, as a county's 绩效目标申报表 come.</summary>
    private static PerformanceDocument Document() => new()
    {
        FiscalYear = 2023,
        RegionCode = "430600",
        DepartmentCode = "430",
        DepartmentName = "示范县农业农村局",
        Projects =
        [
            Project(1, "高标准农田建设项目", 12.5m, [new LabeledText("评(扣)分标准", "每少1亩扣0.1分")], [new LabeledText("备注", "含示范建设")]),
            Project(2, "农村道路养护经费", 5m, [], [new LabeledText("长期指标值", "≥300公里")]),
        ],
    };

    private static BudgetProject Project(int sequence, string name, decimal weight, IReadOnlyList<LabeledText> standards, IReadOnlyList<LabeledText> extras) => new()
    {
        Sequence = sequence,
        UnitCode = "430001",
        UnitName = "示范县农业农村局",
        ProjectName = name,
        Budget = Money.ParseWanYuan("854"),
        Goals = [new Goal(1, "完成项目主体工程70%")],
        Indicators =
        [
            new Indicator
            {
                Level1 = "产出指标", Level2 = "数量指标", Name = "建设面积", Target = TargetValue.Parse("≥500亩"), TargetBasis = "计划标准",
                Weight = weight, Standards = standards, Extras = extras,
            },
        ],
        Extras = [new LabeledText("项目属性", "延续项目")],
    };

    private static async Task<JixiaoDbContext> OpenAsync(ITestDatabase database)
    {
        await DatabaseSetup.MigrateAsync(database.Connection);
        return JixiaoDatabase.CreateContext(database.Connection);
    }

    private static Task<ImportResult> ImportAsync(JixiaoDbContext db, PerformanceDocument document) =>
        new DocumentImporter(db, TimeProvider.System).ImportAsync(document, new ImportRequest("测试", "申报表.docx"));
}

public sealed class SqliteGoalTableStorageTests : GoalTableStorageTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresGoalTableStorageTests : GoalTableStorageTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
