using Jixiao.Application;
using Jixiao.Application.Documents;
using Jixiao.Data.Mapping;
using Jixiao.Data.Setup;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>The set-based read the stored review rebuilds documents with (each row read by ordinal straight into its
/// domain record) gives exactly what EF's read of the same rows gives: every kind of row, nulls, empty texts, labelled
/// texts, decimals with their scale, tables stored out of order and a table without rows.</summary>
public abstract class StoredDocumentReadTests
{
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    private static PerformanceDocument EveryKindOfRow()
    {
        var document = PipelineDocuments.Create(2024);
        var table = document.Projects[0];
        Indicator Row(Indicator row, decimal? weight, string description, params LabeledText[] standards) =>
            row with { Weight = weight, Description = description, Standards = standards, Extras = [new LabeledText("备注", string.Empty)] };
        return document with
        {
            Projects =
            [
                // Table 3 first: the read sorts tables by their number, rows by theirs.
                table with
                {
                    Sequence = 3,
                    ProjectCode = "13068222P006780100030",
                    ProjectName = "信访接待场所维护经费",
                    FiscalFunds = null,
                    OtherFunds = Money.FromWanYuan(0.35m),
                    FundUse = string.Empty,
                    Extras = [new LabeledText("项目属性", "经常性项目"), new LabeledText("主管部门", string.Empty)],
                    SpendingPlan = new SpendingPlan([new SpendingCheckpoint(6, 33.33m), new SpendingCheckpoint(12, 100.00m)]),
                    Goals = [new Goal(2, "场所全年正常开放。"), new Goal(1, string.Empty)],
                    Indicators =
                    [
                        Row(table.Indicators[0], 12.50m, string.Empty, new LabeledText("评分标准", "完成得满分，每少1月扣2.5分。")),
                        Row(table.Indicators[1], null, "以台账为准"),
                        Row(table.Indicators[2], 0.25m, "成本", new LabeledText(string.Empty, "按比例扣分"), new LabeledText("扣分", "0.5")),
                    ],
                },
                table,
                table with
                {
                    Sequence = 2, ProjectCode = "13068222P006780100020", ProjectName = "无指标项目", Goals = [], Indicators = [],
                    SpendingPlan = SpendingPlan.Empty, Budget = Money.FromWanYuan(1.01m), FiscalFunds = Money.FromWanYuan(1.01m),
                },
            ],
        };
    }

    [SkippableFact]
    public async Task SetBasedRead_IsEfsRead_RowForRow()
    {
        await using var database = await CreateDatabaseAsync();
        await DatabaseSetup.MigrateAsync(database.Connection);
        await using var app = new ApplicationScope(database.Connection);
        var document = EveryKindOfRow();
        var imported = await app.Get<DocumentStore>().ImportAsync(document, new ImportRequest("测试", "rows.txt") { Review = false });

        var read = (await DocumentQueries.GetManyAsync(app.Db, [imported.DocumentId, imported.DocumentId + 99]))[imported.DocumentId];
        var entity = await app.Db.Documents.AsNoTracking().Include(d => d.SubGoals).Include(d => d.Safeguards).SingleAsync();
        var byEf = DocumentMapping.ToDomain(entity, await app.Db.ProjectVersions.AsNoTracking().Include(v => v.Checkpoints).Include(v => v.Goals)
            .Include(v => v.Indicators).ToListAsync());

        Assert.Equal(byEf, read);
        Assert.Equal([1, 2, 3], read.Projects.Select(p => p.Sequence));
        var third = read.Projects[2];
        Assert.Null(third.FiscalFunds);
        Assert.Equal(350_000, third.OtherFunds!.Value.Fen); // 0.35 万元 = 3,500 元
        Assert.Equal(string.Empty, third.FundUse);
        Assert.Equal([2, 1], third.Goals.Select(g => g.Number));
        Assert.Empty(read.Projects[1].Indicators);
        Assert.Empty(read.Projects[1].SpendingPlan.Checkpoints);
        // Decimals print as written (12.50 stored as numeric reads back 12.5, as EF's read gives it), nulls stay null.
        Assert.Equal(["12.5", "null", "0.25"], third.Indicators.Select(i => i.Weight?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"));
        Assert.Equal(byEf.Projects[2].Indicators.Select(i => $"{i.Weight}"), third.Indicators.Select(i => $"{i.Weight}"));
        Assert.Equal(["33.33", "100"], third.SpendingPlan.Checkpoints.Select(c => c.CumulativePercent.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(byEf.Projects[2].SpendingPlan.Checkpoints.Select(c => $"{c.CumulativePercent}"), third.SpendingPlan.Checkpoints.Select(c => $"{c.CumulativePercent}"));
        Assert.Equal(2, third.Indicators[2].Standards.Count);
        Assert.Equal(string.Empty, third.Indicators[0].Description);
    }
}

public sealed class SqliteStoredDocumentReadTests : StoredDocumentReadTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresStoredDocumentReadTests : StoredDocumentReadTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
