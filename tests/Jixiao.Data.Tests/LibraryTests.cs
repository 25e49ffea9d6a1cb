using System.Security.Claims;
using Jixiao.Application;
using Jixiao.Application.Documents;
using Jixiao.Application.Library;
using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data.Setup;
using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Library;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>The indicator library on real databases: built from approved tables only, refreshed by an approval, read
/// by suggestions and by the review (BAS-05, TAX-09), curated and carried through export and import.</summary>
public abstract class LibraryTests
{
    private static readonly UserAccess Admin = UserAccess.System("管理员甲");

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    /// <summary>Department <paramref name="department"/>'s table of <paramref name="year"/>, its 举报人满意度 target set.</summary>
    private static PerformanceDocument Document(int year, int department, string satisfaction, string extraName = "")
    {
        var d = PipelineDocuments.Create(year);
        var project = d.Projects[0];
        var code = $"{PipelineDocuments.Region}{year % 100:00}P{department:000}{1:000}{department:00000}L";
        var rows = project.Indicators.Select(i => i.Name == "举报人满意度" ? i with { Target = TargetValue.Parse(satisfaction) } : i).ToList();
        if (extraName.Length > 0)
        {
            rows.Add(rows[0] with { Name = extraName });
        }

        return d with
        {
            DepartmentCode = department.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DepartmentName = $"第{department}部门",
            Projects = [project with { ProjectCode = code, UnitCode = $"{department}001", Indicators = rows }],
        };
    }

    private static async Task<int> ApproveAsync(ApplicationScope app, PerformanceDocument document)
    {
        var stored = await app.Get<DocumentStore>().ImportAsync(document, new ImportRequest("测试", "a.txt"));
        var workflow = app.Get<WorkflowService>();
        var unit = await app.Db.Units.AsNoTracking().SingleAsync(u => u.Code == document.Projects[0].UnitCode);
        var editor = new UserAccess(Person("填报人", Roles.UnitEditor, new Claim(JixiaoClaims.UnitId, unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), [unit]);
        var submitted = await workflow.TransitionAsync(stored.DocumentId, editor, WorkflowAction.Submit, null, null, "127.0.0.1");
        Assert.True(submitted.Succeeded, submitted.Message);
        var reviewer = new UserAccess(Person("审核人", Roles.Reviewer, new Claim(JixiaoClaims.RegionCode, PipelineDocuments.Region)), []);
        var approved = await workflow.TransitionAsync(stored.DocumentId, reviewer, WorkflowAction.Approve, "同意", Grade.Excellent, "127.0.0.1");
        Assert.True(approved.Succeeded, approved.Message);
        return stored.DocumentId;
    }

    [SkippableFact]
    public async Task Build_LearnsFromApprovedTablesOnly_WithQuartiles_AndSeedsTheNationalBase()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        foreach (var (department, target) in new[] { (301, "≥90%"), (302, "≥95%"), (303, "≥98%"), (304, "=100%") })
        {
            await ApproveAsync(app, Document(2021, department, target));
        }

        // A draft counts for nothing.
        await app.Get<DocumentStore>().ImportAsync(Document(2022, 305, "≥10%"), new ImportRequest("测试", "b.txt"));

        var result = await app.Get<LibraryService>().BuildAsync();

        Assert.Equal(4 * 5, result.Rows);
        var stored = await app.Db.LibraryIndicators.AsNoTracking().SingleAsync(i => i.RegionCode == PipelineDocuments.Region && i.Key == "举报人满意度");
        Assert.Equal((4, 4, "%", "≥"), (stored.Uses, stored.Projects, stored.Unit, stored.Direction));
        // 90, 95, 98, 100: Q1 93.75, median 96.5, Q3 98.5.
        Assert.Equal((93.75m, 96.5m, 98.5m), (stored.Q1, stored.Median, stored.Q3));
        var entry = LibraryJson.Read(stored.Details);
        Assert.Equal(["301", "302", "303", "304"], entry.Departments.Select(d => d.Text).Order());
        Assert.Equal("历史标准：上年回访满意度", entry.Bases[0].Text);
        var national = await app.Db.LibraryIndicators.AsNoTracking().Where(i => i.RegionCode == "").ToListAsync();
        Assert.Contains(national, i => i.Key == "举报人满意度" && i.Uses == 4);
        Assert.Contains(national, i => i.Name == "受训学员满意度" && i.Source.Contains("财预〔2015〕88号", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Approval_RefreshesTheRegion_AndReviewComparesWithItsHistory()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        // Twenty approved tables (100 rows): satisfaction targets 90 … 99 twice.
        for (var i = 0; i < 20; i++)
        {
            await ApproveAsync(app, Document(2021, 300 + i, $"≥{90 + (i % 10)}%"));
        }

        var learned = await app.Db.LibraryIndicators.AsNoTracking().SingleAsync(i => i.RegionCode == PipelineDocuments.Region && i.Key == "举报人满意度");
        Assert.Equal(20, learned.Uses);
        // 90…99 twice: Q1 92, Q3 97 (positions 4.75 and 14.25 of 0…19), IQR 5, so the fence is 92 − max(7.5, 5) = 84.5.
        Assert.Equal((92m, 97m), (learned.Q1, learned.Q3));

        var low = await app.Get<DocumentStore>().ImportAsync(Document(2022, 400, "≥80%", extraName: "平台运维服务月份数"), new ImportRequest("测试", "c.txt"));
        var findings = await FindingsAsync(app, low.DocumentId);

        var warning = Assert.Single(findings, f => f.RuleId == "BAS-05");
        Assert.Equal(Domain.Review.Severity.Warning, warning.Severity);
        Assert.Contains("本地区以往 20 个已批复目标（%）的中位数 94.5，四分位 92～97", warning.Message, StringComparison.Ordinal);
        var info = Assert.Single(findings, f => f.RuleId == "TAX-09");
        Assert.Contains("“平台运维服务月数”", info.Message, StringComparison.Ordinal);

        var fine = await app.Get<DocumentStore>().ImportAsync(Document(2022, 401, "≥90%"), new ImportRequest("测试", "d.txt"));
        Assert.DoesNotContain(await FindingsAsync(app, fine.DocumentId),
            f => f.RuleId is "BAS-05" or "TAX-09");
    }

    [SkippableFact]
    public async Task Suggestions_Curation_ExportAndImport()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        await ApproveAsync(app, Document(2021, 301, "≥95%"));
        var library = app.Get<LibraryService>();
        await library.BuildAsync();

        var suggested = await library.SuggestAsync(PipelineDocuments.Region, new SuggestionContext("满意", "服务对象满意度指标", "检举举报平台经费", "301"));
        Assert.Equal("举报人满意度", suggested[0].Entry.Name);
        Assert.Equal("≥95%", suggested[0].TypicalRange);
        Assert.Contains(suggested, s => s.Entry.Name == "受训学员满意度" && !s.OwnRegion);

        var editor = Person("填报人", Roles.UnitEditor);
        var refused = await library.CurateAsync(new CurationInput(PipelineDocuments.Region, "举报人满意度", Recommended: true), new AuditActor(editor.UserName, editor.RoleName, string.Empty), editor);
        Assert.Equal(OutcomeKind.Forbidden, refused.Kind);

        var saved = await library.CurateAsync(new CurationInput(PipelineDocuments.Region, "举报人满意率", Recommended: true, RecommendedBasis: "历史标准：上年回访满意度"), Admin.ActorFrom("127.0.0.1"), Admin.Access);
        Assert.Equal(OutcomeKind.Done, saved.Kind);
        var retired = await library.CurateAsync(new CurationInput(PipelineDocuments.Region, "受训学员满意度", Retired: true), Admin.ActorFrom("127.0.0.1"), Admin.Access);
        Assert.Equal(OutcomeKind.Done, retired.Kind);
        var again = await library.CurateAsync(new CurationInput(PipelineDocuments.Region, "受训学员满意度", Retired: false, Notes: "恢复使用"), Admin.ActorFrom("127.0.0.1"), Admin.Access);
        Assert.Equal(OutcomeKind.Done, again.Kind);
        await library.CurateAsync(new CurationInput(PipelineDocuments.Region, "受训学员满意度", Retired: true), Admin.ActorFrom("127.0.0.1"), Admin.Access);

        // Each curation is in the audit log, field by field, with who and from where; refused ones are not.
        var audit = await app.Db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "指标库").OrderBy(e => e.Sequence).ToListAsync();
        var key = PipelineDocuments.Region + "/举报人满意度";
        Assert.Contains(audit, e => e.EntityKey == key && e.Action == "新增" && e.Field == "推荐" && e.NewValue == "是" && e.User == "管理员甲" && e.IpAddress == "127.0.0.1");
        Assert.Contains(audit, e => e.EntityKey == key && e.Field == "推荐依据" && e.NewValue == "历史标准：上年回访满意度");
        Assert.DoesNotContain(audit, e => e.User == "填报人");
        var trainee = audit.Where(e => e.EntityKey == PipelineDocuments.Region + "/受训学员满意度" && e.Action == "修改").Select(e => (e.Field, e.OldValue, e.NewValue)).ToList();
        Assert.Equal([("停用", "是", "否"), ("备注", "", "恢复使用"), ("停用", "否", "是"), ("备注", "恢复使用", "")], trainee);
        var after = await library.SuggestAsync(PipelineDocuments.Region, new SuggestionContext("满意"));
        Assert.True(after[0].Recommended);
        Assert.Equal("历史标准：上年回访满意度", after[0].Basis);
        Assert.DoesNotContain(after, s => s.Entry.Name == "受训学员满意度");

        // Export, clear, import: the curation comes back, from JSON and from Excel alike.
        var transfer = app.Get<LibraryTransfer>();
        var json = await transfer.ExportJsonAsync(PipelineDocuments.Region);
        var xlsx = await transfer.ExportXlsxAsync(PipelineDocuments.Region);
        foreach (var (name, bytes) in new[] { ("库.json", System.Text.Encoding.UTF8.GetBytes(json)), ("库.xlsx", xlsx) })
        {
            await app.Db.LibraryCurations.ExecuteDeleteAsync();
            var imported = await transfer.ImportAsync(PipelineDocuments.Region, name, bytes, Admin.ActorFrom(string.Empty), Admin.Access);
            Assert.Equal(OutcomeKind.Done, imported.Kind);
            Assert.Equal(2, imported.Saved);
            var curations = await app.Db.LibraryCurations.AsNoTracking().OrderBy(c => c.Key).ToListAsync();
            Assert.Equal([("举报人满意度", true, false), ("受训学员满意度", false, true)], curations.Select(c => (c.Key, c.Recommended, c.Retired)).OrderBy(c => c.Key, StringComparer.Ordinal));
        }

        var bad = await transfer.ImportAsync(PipelineDocuments.Region, "坏.json", "{\"format\":\"x\"}"u8.ToArray(), Admin.ActorFrom(string.Empty), Admin.Access);
        Assert.Equal(OutcomeKind.Invalid, bad.Kind);
        Assert.Contains("坏.json 不是指标库文件", bad.Message, StringComparison.Ordinal);
    }

    private static Access Person(string name, string role, params Claim[] claims) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role), .. claims], "test")));

    private static async Task<List<Entities.ReviewFinding>> FindingsAsync(ApplicationScope app, int documentId)
    {
        var run = await app.Db.ReviewRuns.AsNoTracking().Where(r => r.DocumentId == documentId).MaxAsync(r => r.Id);
        return await app.Db.ReviewFindings.AsNoTracking().Where(f => f.ReviewRunId == run).ToListAsync();
    }

    private static async Task<ApplicationScope> StartAsync(ITestDatabase database)
    {
        await DatabaseSetup.MigrateAsync(database.Connection);
        return new ApplicationScope(database.Connection);
    }
}
