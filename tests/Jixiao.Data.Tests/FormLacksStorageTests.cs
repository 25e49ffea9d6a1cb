using Jixiao.Application;
using Jixiao.Application.Documents;
using Jixiao.Application.Review;
using Jixiao.Data.Mapping;
using Jixiao.Data.Setup;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>What a table's form lacks is kept with the stored version and the document, read back by every read
/// (the set-based one the stored review uses included), so the stored review is the review of the document in hand;
/// a web edit that fills a lacking field makes it asked for.</summary>
public abstract class FormLacksStorageTests
{
    private const FormFields TableLacks = FormFields.FundUse | FormFields.SpendingPlan | FormFields.Description | FormFields.TargetBasis;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    /// <summary>The pipeline document as another province's goal table gives it: no Part 1, no 资金用途, plan,
    /// description or basis (the unit code is kept: the import needs it).</summary>
    private static PerformanceDocument GoalTable()
    {
        var document = PipelineDocuments.Create(2023);
        return document with
        {
            DepartmentGoals = new DepartmentGoals(),
            FormLacks = FormFields.Part1,
            Projects = [.. document.Projects.Select(p => p with
            {
                FundUse = string.Empty,
                SpendingPlan = SpendingPlan.Empty,
                Indicators = [.. p.Indicators.Select(i => i with { Description = string.Empty, TargetBasis = string.Empty })],
                FormLacks = TableLacks,
            })],
        };
    }

    [SkippableFact]
    public async Task GoalTable_KeepsWhatItsFormLacks_AndTheStoredReviewIsTheReviewInHand()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var document = GoalTable();

        var imported = await app.Get<DocumentStore>().ImportAsync(document, new ImportRequest("测试", "goal-table.html"));

        // Stored as numbers: 64 for the document's Part 1, 60 = 4 + 8 + 16 + 32 for the table.
        Assert.Equal(FormFields.Part1, await app.Db.Documents.Select(d => d.FormLacks).SingleAsync());
        Assert.Equal(TableLacks, await app.Db.ProjectVersions.Select(v => v.FormLacks).SingleAsync());
        Assert.Equal(60, (int)TableLacks);
        var one = await DocumentQueries.GetAsync(app.Db, imported.DocumentId);
        var many = (await DocumentQueries.GetManyAsync(app.Db, [imported.DocumentId]))[imported.DocumentId];
        var entity = await app.Db.Documents.AsNoTracking().SingleAsync();
        var tracked = DocumentMapping.ToDomain(entity, await app.Db.ProjectVersions.AsNoTracking().Include(v => v.Checkpoints).Include(v => v.Goals)
            .Include(v => v.Indicators).ToListAsync());
        foreach (var read in new[] { one!, many, tracked })
        {
            Assert.Equal(FormFields.Part1, read.FormLacks);
            Assert.Equal(TableLacks, Assert.Single(read.Projects).FormLacks);
        }

        // The review at import (document in hand), the stored review (set-based read) and the review in memory agree.
        var inMemory = DocumentReviewer.Review(document);
        var stored = await app.Get<DocumentReviewer>().ReviewStoredAsync(imported.DocumentId, "审核员");
        var storedFindings = (await app.Db.ReviewFindings.AsNoTracking().Where(f => f.ReviewRunId == stored!.FindingsRunId).OrderBy(f => f.Id).ToListAsync())
            .Select(f => $"{f.RuleId} {f.Severity} {f.Field} {f.Message}").ToList();
        Assert.Equal(inMemory.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Field} {f.Message}"), storedFindings);
        Assert.Equal(inMemory.Score, stored!.Score);
        Assert.Equal(inMemory.Score, imported.Review!.Score);
        Assert.Equal(2, storedFindings.Count(f => f.Contains(" Info 表式 ", StringComparison.Ordinal)));
        Assert.DoesNotContain(storedFindings, f => f.Contains(ReviewFields.Basis, StringComparison.Ordinal) && !f.Contains(" 表式 ", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task FullForm_StoresNothingLacking()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);

        await app.Get<DocumentStore>().ImportAsync(DepartmentText.Read(), new ImportRequest("测试", "a.txt") { Review = false });

        Assert.All(await app.Db.ProjectVersions.Select(v => v.FormLacks).ToListAsync(), l => Assert.Equal(FormFields.None, l));
        Assert.Equal(FormFields.None, await app.Db.Documents.Select(d => d.FormLacks).SingleAsync());
    }

    [SkippableFact]
    public async Task WebEdit_FillingALackingField_MakesItAskedFor_TheOthersStayLacking()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        var imported = await store.ImportAsync(GoalTable(), new ImportRequest("测试", "goal-table.html"));
        var projectId = await app.Db.Projects.Select(p => p.Id).SingleAsync();
        var project = Assert.Single((await DocumentQueries.GetAsync(app.Db, imported.DocumentId))!.Projects);

        var saved = await store.SaveProjectAsync(projectId, project with { FundUse = "支付平台运维服务费。" }, 1, new ImportRequest("测试", string.Empty));
        var part1 = await store.SavePart1Async(imported.DocumentId, PipelineDocuments.Create(2023).DepartmentGoals, new ImportRequest("测试", string.Empty));

        Assert.NotNull(saved);
        Assert.NotNull(part1);
        var edited = (await DocumentQueries.GetAsync(app.Db, imported.DocumentId))!;
        Assert.Equal(TableLacks & ~FormFields.FundUse, Assert.Single(edited.Projects).FormLacks);
        Assert.Equal(FormFields.None, edited.FormLacks);
        Assert.Equal([TableLacks, TableLacks & ~FormFields.FundUse], await app.Db.ProjectVersions.OrderBy(v => v.Number).Select(v => v.FormLacks).ToListAsync());
    }

    [SkippableFact]
    public async Task SameValuesInAnotherForm_AreANewVersion_SoTheStoredReviewStaysTheReviewAtImport()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        var inOtherForm = GoalTable();

        // Stored first in the full form (as every table stored before forms were recorded reads), then the same
        // values arrive in a form without those columns.
        await store.ImportAsync(inOtherForm.InFullForm(), new ImportRequest("测试", "full.xlsx") { Review = false });
        var imported = await store.ImportAsync(inOtherForm, new ImportRequest("测试", "goal-table.html"));

        var change = Assert.Single(imported.Projects);
        Assert.Equal(ProjectChangeKind.Changed, change.Kind);
        Assert.Equal(2, change.Version);
        Assert.Equal($"项目《{change.ProjectName}》.表式未设栏目: “” → “资金用途、资金支出计划、绩效指标描述、指标值确定依据”", Assert.Single(change.Changes));
        Assert.Equal(TableLacks, await app.Db.ProjectVersions.Where(v => v.Number == 2).Select(v => v.FormLacks).SingleAsync());
        Assert.Equal("表式未设部分: “” → “第一部分”", Assert.Single(imported.Part1Changes));
        Assert.Equal(FormFields.Part1, await app.Db.Documents.Select(d => d.FormLacks).SingleAsync());
        var stored = await app.Get<DocumentReviewer>().ReviewStoredAsync(imported.DocumentId, "审核员");
        Assert.Equal(imported.Review!.Score, stored!.Score);
        Assert.Equal(DocumentReviewer.Review(inOtherForm).Score, stored.Score);
    }

    private static async Task<ApplicationScope> StartAsync(ITestDatabase database)
    {
        await DatabaseSetup.MigrateAsync(database.Connection);
        return new ApplicationScope(database.Connection);
    }
}
