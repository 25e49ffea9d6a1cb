using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Application.Users;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// The review workflow over HTTP (issue 8, docs/workflow.md), on SQLite and PostgreSQL like every web test: every
/// transition per role with every forbidden one (403, nothing changed), the edit lock, two clients saving the same
/// project, the audit trail of a scripted session with its integrity check, the public site and carry-over.
/// </summary>
public abstract partial class WebTests
{
    private const string Clerk = "clerk";
    private const string Checker = "checker";

    private static readonly string[] AllActions = ["Submit", "Return", "Approve", "Publish", "Unpublish", "StartAmendment"];

    /// <summary>Who may do what in which state — written out here, independent of the domain's table, so the test checks it.</summary>
    private static readonly Dictionary<string, (string Role, string Action)[]> Allowed = new()
    {
        ["Draft"] = [(Clerk, "Submit")],
        ["Submitted"] = [(Checker, "Return"), (Checker, "Approve")],
        ["Returned"] = [(Clerk, "Submit")],
        ["Approved"] = [(Checker, "Publish"), (Admin, "Publish"), (Clerk, "StartAmendment")],
        ["Published"] = [(Admin, "Unpublish"), (Clerk, "StartAmendment")],
        ["Amending"] = [(Clerk, "Submit")],
    };

    [SkippableFact]
    public async Task Workflow_EveryTransitionPerRole_AllowedChangeTheState_ForbiddenAre403AndChangeNothing()
    {
        await using var app = await StartAsync();
        var (documentId, _, _) = await WorkflowDocumentAsync(app);
        var users = await WorkflowUsersAsync(app, documentId);

        // The path visits every state and takes each of the 10 allowed transitions once.
        (string State, string User, string Action, string? Comment, string? Grade)[] path =
        [
            ("Draft", Clerk, "Submit", null, null),
            ("Submitted", Checker, "Return", "请修改指标值", "中"),
            ("Returned", Clerk, "Submit", null, null),
            ("Submitted", Checker, "Approve", null, "良"),
            ("Approved", Checker, "Publish", null, null),
            ("Published", Admin, "Unpublish", "误公开，撤回核对", null),
            ("Approved", Admin, "Publish", null, null),
            ("Published", Clerk, "StartAmendment", "年中调整预算", null),
            ("Amending", Clerk, "Submit", null, null),
            ("Submitted", Checker, "Approve", null, "优"),
            ("Approved", Clerk, "StartAmendment", "再次调整", null),
        ];
        var forbiddenTried = 0;
        foreach (var (state, user, action, comment, grade) in path)
        {
            Assert.Equal(state, await StateAsync(app, documentId));
            foreach (var (name, browser) in users)
            {
                foreach (var other in AllActions.Where(a => !Allowed[state].Contains((name, a))))
                {
                    var before = await SnapshotAsync(app, documentId);
                    var refused = await ActAsync(browser, documentId, other, "意见", other == "Approve" ? "优" : null);
                    Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{state}: {name} {other} → {(int)refused.StatusCode}");
                    var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
                    Assert.Matches("[\u4e00-\u9fff]", problem.GetProperty("detail").GetString()!);
                    Assert.Equal(before, await SnapshotAsync(app, documentId));
                    forbiddenTried++;
                }
            }

            var done = await ActAsync(users[user], documentId, action, comment, grade);
            Assert.True(done.StatusCode == HttpStatusCode.OK, $"{state}: {user} {action} → {(int)done.StatusCode} {await done.Content.ReadAsStringAsync()}");
        }

        Assert.Equal("Amending", await StateAsync(app, documentId));
        // 11 states visited × 18 role/action pairs, minus the allowed pairs of each visited state.
        Assert.Equal((11 * 18) - path.Sum(p => Allowed[p.State].Length), forbiddenTried);

        // A clerk of another department is out of scope: 403 on its own action, nothing changed.
        var stranger = await StrangerAsync(app, documentId);
        var before2 = await SnapshotAsync(app, documentId);
        var outOfScope = await ActAsync(stranger, documentId, "Submit", null, null);
        Assert.Equal(HttpStatusCode.Forbidden, outOfScope.StatusCode);
        Assert.Contains("您只能操作本单位", await outOfScope.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before2, await SnapshotAsync(app, documentId));
    }

    [SkippableFact]
    public async Task Workflow_RequiredCommentAndGrade_Are422_AndThePanelShowsDecisionAndActions()
    {
        await using var app = await StartAsync();
        var (documentId, _, _) = await WorkflowDocumentAsync(app);
        var users = await WorkflowUsersAsync(app, documentId);
        var clerkPanel = await users[Clerk].GetOkAsync($"/Documents/{documentId}/Workflow");
        Assert.Contains("当前状态：<strong class=\"state state-Draft\" id=\"state\">草稿</strong>", clerkPanel, StringComparison.Ordinal);
        Assert.Contains("id=\"action-Submit\"", clerkPanel, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Clerk], documentId, "提交", null, null)).StatusCode);

        var before = await SnapshotAsync(app, documentId);
        var noComment = await ActAsync(users[Checker], documentId, "退回", null, "中");
        Assert.Equal((HttpStatusCode)422, noComment.StatusCode);
        Assert.Contains("必须填写意见", await noComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var fair = await ActAsync(users[Checker], documentId, "批复", null, "中");
        Assert.Equal((HttpStatusCode)422, fair.StatusCode);
        Assert.Contains("不能批复", await fair.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(app, documentId));

        // The overview lists the submitted document first, for the reviewer.
        var overview = await users[Checker].GetOkAsync("/Documents");
        Assert.Contains($"<tr data-state=\"Submitted\">", overview.Split("<tbody>")[1].Split("</tr>")[0] + "</tr>", StringComparison.Ordinal);
        Assert.Contains($"/Documents/{documentId}/Workflow", overview.Split("<tbody>")[1].Split("</tr>")[0], StringComparison.Ordinal);

        // The reviewer's panel offers 退回 and 批复 only; the decision is shown with its 88号 consequence.
        var checkerPanel = await users[Checker].GetOkAsync($"/Documents/{documentId}/Workflow");
        Assert.Contains("id=\"action-Return\"", checkerPanel, StringComparison.Ordinal);
        Assert.Contains("id=\"action-Approve\"", checkerPanel, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"action-Submit\"", checkerPanel, StringComparison.Ordinal);
        var page = await users[Checker].GetOkAsync($"/Documents/{documentId}/Workflow");
        var returned = await users[Checker].SubmitAsync($"/Documents/{documentId}/Workflow?handler=Transition", page, "action-Return",
            new Dictionary<string, string> { ["grade"] = "Poor", ["comment"] = "目标不可衡量" });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var after = await users[Clerk].GetOkAsync($"/Documents/{documentId}/Workflow");
        Assert.Contains("已退回", after, StringComparison.Ordinal);
        Assert.Contains("审核结论：<strong>差</strong>", after, StringComparison.Ordinal);
        Assert.Contains("不得进入下一步预算安排流程", after, StringComparison.Ordinal);
        Assert.Contains("目标不可衡量", after, StringComparison.Ordinal);

        // A refused form action answers with its status and the message on the page.
        var panel = await users[Checker].GetOkAsync($"/Documents/{documentId}/Workflow");
        var forged = await users[Checker].Client.PostAsync($"/Documents/{documentId}/Workflow?handler=Transition", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["act"] = "Approve", ["grade"] = "Excellent", ["__RequestVerificationToken"] = Browser.Token(panel),
        }));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("文件当前状态为“已退回”，不能“批复”", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Editing_IsLockedAfterSubmission_PagesAndApiRefuseInChinese_UntilReturned()
    {
        await using var app = await StartAsync();
        var (documentId, projectId, _) = await WorkflowDocumentAsync(app);
        var users = await WorkflowUsersAsync(app, documentId);
        var clerk = users[Clerk];
        var edit = await clerk.GetOkAsync($"/Projects/{projectId}/Edit");
        var exported = await (await clerk.Client.GetAsync($"/api/v1/documents/{documentId}/export?format=text")).Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(clerk, documentId, "Submit", null, null)).StatusCode);
        var versions = await app.Factory.QueryAsync(db => db.ProjectVersions.CountAsync());

        var locked = await clerk.Client.GetAsync($"/Projects/{projectId}/Edit");
        Assert.Equal(HttpStatusCode.Forbidden, locked.StatusCode);
        Assert.Contains("文件当前状态为“已提交”，不能修改。", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var save = await clerk.SubmitAsync($"/Projects/{projectId}/Edit", edit, "project-form", new Dictionary<string, string>
        {
            ["Form.Indicators[0].Target"] = "≥99%", ["Command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Contains("不能修改", await save.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var part1 = await clerk.Client.GetAsync($"/Documents/{documentId}/EditPart1");
        Assert.Equal(HttpStatusCode.Forbidden, part1.StatusCode);

        var import = new ByteArrayContent(exported);
        import.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var apiLocked = await admin.Client.PostAsync("/api/v1/import?fileName=x.txt", import);
        var lockedProblem = await apiLocked.Content.ReadAsStringAsync();
        Assert.True(apiLocked.StatusCode == HttpStatusCode.Forbidden, lockedProblem);
        Assert.Contains("不能修改", lockedProblem, StringComparison.Ordinal);
        Assert.Equal(versions, await app.Factory.QueryAsync(db => db.ProjectVersions.CountAsync()));

        // Returned: editable again.
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Checker], documentId, "Return", "请修改", null)).StatusCode);
        await clerk.GetOkAsync($"/Projects/{projectId}/Edit");
    }

    [SkippableFact]
    public async Task TwoClientsSavingTheSameProject_SecondIsRefusedWithAClearMessage_FirstIsKept()
    {
        await using var app = await StartAsync();
        var (documentId, projectId, _) = await WorkflowDocumentAsync(app);
        var users = await WorkflowUsersAsync(app, documentId);
        var first = users[Clerk];
        var second = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var formA = await first.GetOkAsync($"/Projects/{projectId}/Edit");
        var formB = await second.GetOkAsync($"/Projects/{projectId}/Edit");

        var savedA = await first.SubmitAsync($"/Projects/{projectId}/Edit", formA, "project-form", new Dictionary<string, string>
        {
            ["Form.Indicators[0].Target"] = "≥95%", ["Command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, savedA.StatusCode);
        var savedB = await second.SubmitAsync($"/Projects/{projectId}/Edit", formB, "project-form", new Dictionary<string, string>
        {
            ["Form.Indicators[0].Target"] = "≥90%", ["Command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Conflict, savedB.StatusCode);
        var page = WebUtility.HtmlDecode(await savedB.Content.ReadAsStringAsync());
        Assert.Contains("保存失败：您是在第 1 版的基础上修改的，此期间clerk 于", page, StringComparison.Ordinal);
        Assert.Contains("保存了第 2 版", page, StringComparison.Ordinal);
        Assert.Contains("≥95%", page, StringComparison.Ordinal);
        Assert.Contains("请打开最新版本核对后重新保存", page, StringComparison.Ordinal);
        // The second user's input is still in the form, and the first user's save is what is stored.
        Assert.Contains("value=\"≥90%\"", page, StringComparison.Ordinal);
        var stored = await app.Factory.QueryAsync(async db =>
        {
            var version = await db.ProjectVersions.Include(v => v.Indicators).SingleAsync(v => v.ProjectId == projectId && v.Number == v.Project!.CurrentVersion);
            return new { version.Number, Target = version.Indicators.OrderBy(i => i.Row).First().TargetText };
        });
        Assert.Equal(2, stored.Number);
        Assert.Equal("≥95%", stored.Target);
    }

    [SkippableFact]
    public async Task AuditLog_OfAScriptedSession_RecordsEveryStep_AndTheIntegrityCheckFindsAnAlteredEntry()
    {
        await using var app = await StartAsync();
        var (documentId, projectId, projectCode) = await WorkflowDocumentAsync(app);
        var users = await WorkflowUsersAsync(app, documentId);
        var (clerk, checker, admin) = (users[Clerk], users[Checker], users[Admin]);
        var start = await app.Factory.QueryAsync(db => db.AuditEntries.MaxAsync(a => a.Sequence));
        await Browser.Anonymous(app.Factory).LoginAsync(Clerk, "wrong-password");

        // 1 import (a corrected file through the API), 2 edit, 3 submit, 4 return with a cell comment, 5 fix and answer,
        // 6 resubmit, 7 approve, 8 publish.
        var text = Encoding.UTF8.GetString(await (await admin.Client.GetAsync($"/api/v1/documents/{documentId}/export?format=text")).Content.ReadAsByteArrayAsync());
        var edited = await clerk.GetOkAsync($"/Projects/{projectId}/Edit");
        var fundUse = Browser.FormFields(edited, "project-form")["Form.FundUse"];
        var import = new ByteArrayContent(Encoding.UTF8.GetBytes(text.Replace(fundUse, fundUse + "（已核实）", StringComparison.Ordinal)));
        import.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.PostAsync("/api/v1/import?fileName=corrected.txt", import)).StatusCode);
        await SaveTargetAsync(clerk, projectId, "≥98%");
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(clerk, documentId, "Submit", null, null)).StatusCode);
        var comment = await checker.Client.PostAsJsonAsync($"/api/v1/documents/{documentId}/comments",
            new { projectCode, indicatorRow = 1, field = "指标值", text = "目标值偏高，请按上年实际调整" });
        Assert.Equal(HttpStatusCode.OK, comment.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(checker, documentId, "Return", "见单元格意见", "中")).StatusCode);
        var commentId = await app.Factory.QueryAsync(db => db.DocumentComments.Where(c => c.DocumentId == documentId).Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await clerk.Client.PostAsJsonAsync($"/api/v1/documents/{documentId}/comments/{commentId}/replies", new { text = "已按上年实际改为95%" })).StatusCode);
        await SaveTargetAsync(clerk, projectId, "≥95%");
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(clerk, documentId, "Submit", null, null)).StatusCode);
        var blocked = await ActAsync(checker, documentId, "Approve", null, "良");
        Assert.Equal((HttpStatusCode)422, blocked.StatusCode);
        Assert.Contains("审核意见", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await checker.Client.PostAsync($"/api/v1/documents/{documentId}/comments/{commentId}/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(checker, documentId, "Approve", null, "良")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(checker, documentId, "Publish", null, null)).StatusCode);

        var page = await admin.GetOkAsync($"/Documents/{documentId}/Audit");
        var rows = System.Text.RegularExpressions.Regex.Matches(page, "<tr data-sequence=\"(\\d+)\">(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => (Sequence: long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                Cells: System.Text.RegularExpressions.Regex.Matches(m.Groups[2].Value, "<td[^>]*>(.*?)</td>", System.Text.RegularExpressions.RegexOptions.Singleline)
                    .Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray()))
            .Where(r => r.Sequence > start).OrderBy(r => r.Sequence).ToList();
        var steps = rows.Select(r => $"{r.Cells[2]}|{r.Cells[3]}|{r.Cells[5]}|{r.Cells[7]}|{r.Cells[8]}|{r.Cells[9]}").ToList();
        string[] expected =
        [
            "admin|管理员|导入|文件||corrected.txt：新增 0 个项目，更新 1 个",
            $"admin|管理员|导入|资金用途|{fundUse}|{fundUse}（已核实）",
            $"clerk|单位填报|修改|指标[1].指标值|",
            "clerk|单位填报|提交|状态|草稿|已提交",
            $"checker|审核|添加|项目 {projectCode} 第1行指标“指标值”||目标值偏高，请按上年实际调整",
            "checker|审核|退回|状态|已提交|已退回（中）：见单元格意见",
            $"clerk|单位填报|回复|项目 {projectCode} 第1行指标“指标值”||已按上年实际改为95%",
            "clerk|单位填报|修改|指标[1].指标值|≥98%|≥95%",
            "clerk|单位填报|提交|状态|已退回|已提交",
            $"checker|审核|解决|项目 {projectCode} 第1行指标“指标值”||目标值偏高，请按上年实际调整",
            "checker|审核|批复|状态|已提交|已批复（良）",
            "checker|审核|公开|状态|已批复|已公开",
        ];
        Assert.True(steps.Count == expected.Length, string.Join('\n', steps));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.StartsWith(expected[i], steps[i], StringComparison.Ordinal);
        }

        // The failed login is in the log too (not in the document's view: it concerns a user).
        Assert.True(await app.Factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "登录失败" && a.User == Clerk && a.Sequence > start)));
        var csv = await admin.Client.GetAsync($"/Documents/{documentId}/Audit?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var csvText = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF序号,时间（北京时间）,用户,角色,IP地址,操作", csvText, StringComparison.Ordinal);
        Assert.Contains("已批复（良）", csvText, StringComparison.Ordinal);

        var intact = await admin.GetOkAsync("/Audit/Integrity");
        Assert.Contains("data-intact=\"true\"", intact, StringComparison.Ordinal);
        Assert.Contains("审计日志完整", intact, StringComparison.Ordinal);
        var approved = rows.Single(r => r.Cells[5] == "批复").Sequence;
        await app.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditEntries\" SET \"NewValue\" = '已批复（优）' WHERE \"Sequence\" = {0}", approved));
        var broken = WebUtility.HtmlDecode(await admin.GetOkAsync("/Audit/Integrity"));
        Assert.Contains("data-intact=\"false\"", broken, StringComparison.Ordinal);
        Assert.Contains($"序号 {approved} 的记录", broken, StringComparison.Ordinal);
        Assert.Contains("被改动：内容与其校验值不符", broken, StringComparison.Ordinal);
        var denied = await clerk.Client.GetAsync("/Audit/Integrity");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Gongkai_ShowsOnlyPublishedDocuments_WithoutLogin_InTheOfficialLayout_WithPrintAndWord()
    {
        await using var app = await StartAsync();
        var (documentId, projectId, projectCode) = await WorkflowDocumentAsync(app);
        var users = await WorkflowUsersAsync(app, documentId);
        var visitor = Browser.Anonymous(app.Factory);
        var empty = await visitor.GetOkAsync("/gongkai");
        Assert.True(empty.Contains("没有符合条件的已公开文件", StringComparison.Ordinal), empty);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync($"/gongkai/{documentId}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Clerk], documentId, "Submit", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await users[Checker].Client.PostAsJsonAsync($"/api/v1/documents/{documentId}/comments",
            new { projectCode, text = "内部意见：不应公开" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync($"/gongkai/{documentId}")).StatusCode);
        var commentId = await app.Factory.QueryAsync(db => db.DocumentComments.Select(c => c.Id).SingleAsync());
        await users[Checker].Client.PostAsync($"/api/v1/documents/{documentId}/comments/{commentId}/resolve", null);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Checker], documentId, "Approve", null, "优")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync($"/gongkai/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Checker], documentId, "Publish", null, null)).StatusCode);

        var list = await visitor.GetOkAsync("/gongkai?region=130102&year=2024");
        Assert.Contains($"href=\"/gongkai/{documentId}\"", list, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(list, "href=\"/gongkai/\\d+\""));
        Assert.Contains("没有符合条件", await visitor.GetOkAsync("/gongkai?year=2023"), StringComparison.Ordinal);
        var page = await visitor.GetOkAsync($"/gongkai/{documentId}");
        // The rendered page is kept per publication as a file: the next reader, signed in or not, gets the same page
        // from it without rendering again, and a browser (gzip accepted) the same page compressed.
        var files = app.Factory.Services.GetRequiredService<Features.Gongkai.PublishedPageFiles>();
        Assert.StartsWith(app.Factory.DataFolder, files.Folder, StringComparison.Ordinal);
        Assert.Equal(1, files.Renderings);
        foreach (var reader in new[] { visitor, users[Clerk] })
        {
            Assert.Equal(page, await reader.GetOkAsync($"/gongkai/{documentId}"));
        }

        var zipped = await visitor.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/gongkai/{documentId}") { Headers = { { "Accept-Encoding", "gzip, deflate, br" } } });
        Assert.Equal(HttpStatusCode.OK, zipped.StatusCode);
        Assert.Equal("gzip", Assert.Single(zipped.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", zipped.Headers.Vary);
        await using (var gzip = new System.IO.Compression.GZipStream(await zipped.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress))
        using (var unzipped = new StreamReader(gzip, Encoding.UTF8))
        {
            Assert.Equal(page, await unzipped.ReadToEndAsync());
        }

        Assert.Equal(1, files.Renderings);
        // The project and unit pages read the workflow row without the published snapshot (the whole document as JSON).
        var light = await app.Factory.QueryAsync(db => Application.Workflow.WorkflowReads.SingleWithWorkflowAsync(db.Documents.Where(d => d.Id == documentId)));
        Assert.Equal(WorkflowStatus.Published, light!.Workflow!.Status);
        Assert.NotNull(light.Workflow.PublishedAt);
        Assert.Null(light.Workflow.PublishedDocument);
        Assert.NotNull(await app.Factory.QueryAsync(db => db.WorkflowStates.Where(w => w.DocumentId == documentId).Select(w => w.PublishedDocument).SingleAsync()));

        // The official structure: 第一部分 with its three sections, then 第二部分; who published it and when.
        var order = new[] { "第一部分　部门整体绩效目标", "一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施", "第二部分　预算项目绩效目标" }
            .Select(h => page.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        var publisher = page[page.IndexOf("id=\"publisher\"", StringComparison.Ordinal)..];
        Assert.Matches("^id=\"publisher\">公开单位：[^<]+　公开日期：\\d{4}年\\d{1,2}月\\d{1,2}日</p>", publisher[..Math.Min(200, publisher.Length)]);
        // One table per project, each with its own id (an id is unique in a page) and the shared class.
        var tables = await app.Factory.QueryAsync(db => db.Projects.CountAsync(p => p.DocumentId == documentId && p.RemovedAt == null));
        Assert.True(tables > 1);
        AssertUniqueIds($"/gongkai/{documentId}", page);
        Assert.Equal(Enumerable.Range(1, tables).Select(n => $"goal-table-{n}"),
            System.Text.RegularExpressions.Regex.Matches(page, "<table class=\"form goal-table\" id=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("预算规模及资金用途", page, StringComparison.Ordinal);
        Assert.Contains(projectCode, page, StringComparison.Ordinal);
        Assert.DoesNotContain("内部意见", page, StringComparison.Ordinal);
        Assert.DoesNotContain("comment-marker", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/Account/Logout", page, StringComparison.Ordinal);
        var print = await visitor.GetOkAsync($"/gongkai/{documentId}/print");
        Assert.True(print.Contains("print-view", StringComparison.Ordinal), print);
        Assert.Contains("gongkai.css", print, StringComparison.Ordinal);
        var word = await visitor.Client.GetAsync($"/gongkai/{documentId}?handler=Word");
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        var back = DocumentFiles.Read(await word.Content.ReadAsByteArrayAsync(), ".docx", new ReadOptions { FileName = "public.docx" });
        Assert.False(back.HasErrors, string.Join('\n', back.Errors));
        Assert.Contains(back.Document.Projects, p => p.ProjectCode == projectCode);
        // Downloads of the same version are printed once and then served from the data folder.
        var cache = app.Factory.Services.GetRequiredService<Jixiao.Documents.Word.WordExportCache>();
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync($"/gongkai/{documentId}?handler=Word")).StatusCode);
        Assert.Equal(1, cache.Printings);
        Assert.StartsWith(app.Factory.DataFolder, cache.Folder, StringComparison.Ordinal);

        // An amendment keeps the published version public until the amended version is published.
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Clerk], documentId, "StartAmendment", "年中调整目标", null)).StatusCode);
        await SaveTargetAsync(users[Clerk], projectId, "≥97.5%");
        var during = await visitor.GetOkAsync($"/gongkai/{documentId}");
        Assert.DoesNotContain("≥97.5%", during, StringComparison.Ordinal);
        Assert.Contains(projectCode, during, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Clerk], documentId, "Submit", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Checker], documentId, "Approve", null, "优")).StatusCode);
        Assert.DoesNotContain("≥97.5%", await visitor.GetOkAsync($"/gongkai/{documentId}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Checker], documentId, "Publish", null, null)).StatusCode);
        Assert.Contains("≥97.5%", await visitor.GetOkAsync($"/gongkai/{documentId}"), StringComparison.Ordinal);
        // The new publication was rendered afresh, and the earlier publication's files of the screen view are gone.
        Assert.Equal(["html", "html.gz"], Directory.GetFiles(files.Folder, $"{documentId}-screen-*").Select(f => Path.GetFileName(f).Split('.', 2)[1]).Order());
        Assert.Contains("≥97.5%", await visitor.GetOkAsync($"/gongkai/{documentId}"), StringComparison.Ordinal);
        // The Word file is kept per publication: the new one is a new file, with the amended target.
        var amended = await visitor.Client.GetAsync($"/gongkai/{documentId}?handler=Word");
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var amendedBytes = await amended.Content.ReadAsByteArrayAsync();
        Assert.Equal(2, cache.Printings);
        var amendedBack = DocumentFiles.Read(amendedBytes, ".docx", new ReadOptions { FileName = "public.docx" });
        Assert.Contains(amendedBack.Document.Projects.Single(p => p.ProjectCode == projectCode).Indicators, i => i.Target.Text == "≥97.5%");
        Assert.Equal(amendedBytes, await visitor.Client.GetByteArrayAsync($"/gongkai/{documentId}?handler=Word"));
        Assert.Equal(2, cache.Printings);

        // Withdrawn by the administrator: no longer public, though the rendered page is still on disk.
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Admin], documentId, "Unpublish", "公开范围有误", null)).StatusCode);
        Assert.NotEmpty(Directory.GetFiles(files.Folder, $"{documentId}-screen-*"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync($"/gongkai/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync($"/gongkai/{documentId}?handler=Word")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/gongkai/{documentId}/print") { Headers = { { "Accept-Encoding", "gzip" } } })).StatusCode);
    }

    [SkippableFact]
    public async Task CarryOver_CreatesNextYearsDraft_WithTargetsMarkedForRevisit()
    {
        await using var app = await StartAsync();
        var (documentId, _, projectCode) = await WorkflowDocumentAsync(app);
        var users = await WorkflowUsersAsync(app, documentId);
        var early = await users[Clerk].Client.PostAsync($"/api/v1/documents/{documentId}/carry-over", null);
        Assert.Equal((HttpStatusCode)422, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Clerk], documentId, "Submit", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Checker], documentId, "Approve", null, "优")).StatusCode);

        var panel = await users[Clerk].GetOkAsync($"/Documents/{documentId}/Workflow");
        var carried = await users[Clerk].SubmitAsync($"/Documents/{documentId}/Workflow?handler=CarryOver", panel, "carry-over", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, carried.StatusCode);
        var next = await app.Factory.QueryAsync(db => db.Documents.Include(d => d.Workflow).SingleAsync(d => d.FiscalYear == 2025));
        Assert.Equal(WorkflowStatus.Draft, next.Workflow!.Status);
        var marks = await app.Factory.QueryAsync(db => db.RevisitNotes.Where(n => n.DocumentId == next.Id).ToListAsync());
        var indicators = await app.Factory.QueryAsync(db => db.ProjectIndicators.CountAsync(i => db.ProjectVersions.Any(v => v.Id == i.VersionId && v.Project!.DocumentId == next.Id)));
        Assert.True(indicators > 0);
        Assert.Equal(indicators, marks.Count(m => m.Reason == "CarriedTarget"));
        Assert.Contains(marks, m => m.Reason == "Budget" && m.ProjectCode == projectCode);

        var nextPanel = WebUtility.HtmlDecode(await (await users[Clerk].Client.GetAsync(carried.Headers.Location)).Content.ReadAsStringAsync());
        Assert.Contains("已生成2025年草稿", nextPanel, StringComparison.Ordinal);
        Assert.Contains("待复核", nextPanel, StringComparison.Ordinal);
        var nextProject = await app.Factory.QueryAsync(db => db.Projects.Where(p => p.DocumentId == next.Id && p.Code == projectCode).Select(p => p.Id).SingleAsync());
        var projectPage = await users[Clerk].GetOkAsync($"/Projects/{nextProject}");
        Assert.Contains("class=\"revisit\"", TargetCell(projectPage, 1), StringComparison.Ordinal);
        var again = await users[Clerk].Client.PostAsync($"/api/v1/documents/{documentId}/carry-over", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [SkippableFact]
    public async Task CellComment_IsShownOnTheProjectTableCell_AndTheClerkAnswersThere()
    {
        await using var app = await StartAsync();
        var (documentId, projectId, projectCode) = await WorkflowDocumentAsync(app);
        var users = await WorkflowUsersAsync(app, documentId);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Clerk], documentId, "Submit", null, null)).StatusCode);
        var panel = await users[Checker].GetOkAsync($"/Documents/{documentId}/Workflow");
        var added = await users[Checker].SubmitAsync($"/Documents/{documentId}/Workflow?handler=Comment", panel, "comment-form", new Dictionary<string, string>
        {
            ["projectCode"] = projectCode, ["indicatorRow"] = "2", ["field"] = "指标值", ["text"] = "请写明数量",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Checker], documentId, "Return", "见意见", null)).StatusCode);

        var page = await users[Clerk].GetOkAsync($"/Projects/{projectId}");
        Assert.Contains("comment-marker", TargetCell(page, 2), StringComparison.Ordinal);
        Assert.DoesNotContain("comment-marker", TargetCell(page, 1), StringComparison.Ordinal);
        Assert.Contains("请写明数量", page, StringComparison.Ordinal);
        var reply = await users[Clerk].SubmitAsync($"/Documents/{documentId}/Workflow?handler=Reply", page, "comments", new Dictionary<string, string> { ["Text"] = "已补充数量" });
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.Contains("已补充数量", await users[Clerk].GetOkAsync($"/Projects/{projectId}"), StringComparison.Ordinal);
        // The unit cannot resolve the reviewer's comment.
        var commentId = await app.Factory.QueryAsync(db => db.DocumentComments.Select(c => c.Id).SingleAsync());
        var resolve = await users[Clerk].Client.PostAsync($"/api/v1/documents/{documentId}/comments/{commentId}/resolve", null);
        Assert.Equal(HttpStatusCode.Forbidden, resolve.StatusCode);
    }

    /// <summary>A demo document whose automatic review has no blocking error, one of its projects and that project's code.</summary>
    private static Task<(int DocumentId, int ProjectId, string ProjectCode)> WorkflowDocumentAsync(TestApp app) =>
        app.Factory.QueryAsync(async db =>
        {
            var documentId = await Application.Review.ReviewQueries.LatestRuns(db).Where(r => r.ErrorCount == 0).OrderBy(r => r.DocumentId).Select(r => r.DocumentId).FirstAsync();
            var project = await db.Projects.Where(p => p.DocumentId == documentId).OrderBy(p => p.Id).Select(p => new { p.Id, p.Code }).FirstAsync();
            return (documentId, project.Id, project.Code);
        });

    /// <summary>A clerk of the document's first unit, a reviewer of the region and the administrator, signed in.</summary>
    private static async Task<Dictionary<string, Browser>> WorkflowUsersAsync(TestApp app, int documentId)
    {
        var unitCode = await app.Factory.QueryAsync(db => db.Projects.Where(p => p.DocumentId == documentId).OrderBy(p => p.Id).Select(p => p.Unit!.Code).FirstAsync());
        await app.Factory.CreateUserAsync(Clerk, Roles.UnitEditor, unitCode);
        await app.Factory.CreateUserAsync(Checker, Roles.Reviewer);
        return new Dictionary<string, Browser>
        {
            [Clerk] = await Browser.SignedInAsync(app.Factory, Clerk, JixiaoAppFactory.UserPassword),
            [Checker] = await Browser.SignedInAsync(app.Factory, Checker, JixiaoAppFactory.UserPassword),
            [Admin] = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword),
        };
    }

    private static async Task<Browser> StrangerAsync(TestApp app, int documentId)
    {
        await app.Factory.CreateUserAsync("stranger", Roles.UnitEditor, await UnitOfDocumentAsync(app, documentId, other: true));
        return await Browser.SignedInAsync(app.Factory, "stranger", JixiaoAppFactory.UserPassword);
    }

    private static Task<string> UnitOfDocumentAsync(TestApp app, int documentId, bool other) =>
        app.Factory.QueryAsync(async db =>
        {
            var d = await db.Documents.SingleAsync(x => x.Id == documentId);
            return await db.Units.Where(u => u.RegionCode == d.RegionCode && (u.DepartmentCode == d.DepartmentCode) != other)
                .OrderBy(u => u.Code).Select(u => u.Code).FirstAsync();
        });

    private static Task<HttpResponseMessage> ActAsync(Browser browser, int documentId, string action, string? comment, string? grade) =>
        browser.Client.PostAsJsonAsync($"/api/v1/documents/{documentId}/workflow", new { action, comment, grade });

    private static Task<string> StateAsync(TestApp app, int documentId) =>
        app.Factory.QueryAsync(async db => (await db.WorkflowStates.SingleAsync(w => w.DocumentId == documentId)).Status.ToString());

    /// <summary>Everything a refused request could have changed: state, grade, audit trail, comments, versions.</summary>
    private static Task<string> SnapshotAsync(TestApp app, int documentId) =>
        app.Factory.QueryAsync(async db =>
        {
            var w = await db.WorkflowStates.AsNoTracking().SingleAsync(x => x.DocumentId == documentId);
            return $"{w.Status}|{w.Grade}|{w.Revision}|{await db.AuditEntries.CountAsync()}|{await db.DocumentComments.CountAsync()}|{await db.ProjectVersions.CountAsync()}|{await db.Documents.CountAsync()}";
        });

    private static async Task SaveTargetAsync(Browser browser, int projectId, string target)
    {
        var form = await browser.GetOkAsync($"/Projects/{projectId}/Edit");
        var saved = await browser.SubmitAsync($"/Projects/{projectId}/Edit", form, "project-form", new Dictionary<string, string>
        {
            ["Form.Indicators[0].Target"] = target, ["Command"] = "save",
        });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
    }
}
