using System.Net;
using Jixiao.Application.Users;
using Jixiao.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The 部门整体支出绩效目标表 form: a clerk of the department writes the table where there was none (a bad
/// amount is refused naming its row and field, nothing written), corrects an indicator value (the change is one line
/// of the audit trail, as the comparer says it), sees the sums disagree, and removes the table; a clerk of another
/// department may neither open nor post it.</summary>
public abstract partial class WebTests
{
    private const string TableForm = "department-table-form";

    [SkippableFact]
    public async Task DepartmentTableForm_WritesCorrectsAndRemovesTheTable_ForTheDepartmentsClerkOnly()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("clerk402", Roles.UnitEditor, "402001");
        await app.Factory.CreateUserAsync("clerk401", Roles.UnitEditor, "401001");
        var clerk = await Browser.SignedInAsync(app.Factory, "clerk402", JixiaoAppFactory.UserPassword);
        var document = await app.Factory.QueryAsync(db => db.Documents.Where(d => d.DepartmentCode == "402").Select(d => d.Id).SingleAsync());
        var url = $"/Documents/{document}/EditDepartmentTable";
        Task<string> StoredTable() => app.Factory.QueryAsync(db => db.Documents.Where(d => d.Id == document).Select(d => d.DepartmentTable).SingleAsync());
        Assert.Equal(string.Empty, await StoredTable());

        var form = await clerk.GetOkAsync(url);
        Assert.Contains("填写部门整体支出绩效目标表", form, StringComparison.Ordinal);
        // The task amounts headed as on the official form and in the exports (the Word table, the sheet, the text):
        // 预算金额 over 总额 / 财政拨款 / 其他资金; 金额合计 is the form's total row, not a task's column. Before, the
        // column read 金额合计.
        Assert.Contains("<th colspan=\"3\">预算金额</th>", form, StringComparison.Ordinal);
        Assert.Contains("<tr><th>总额</th><th>财政拨款</th><th>其他资金</th></tr>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>金额合计</th>", form, StringComparison.Ordinal);
        var typed = new Dictionary<string, string>
        {
            ["Form.Duties"] = "负责全区疾病预防控制和卫生监督。",
            ["Form.Tasks[0].Name"] = "疾病预防控制",
            ["Form.Tasks[0].Content"] = "开展传染病监测",
            ["Form.Tasks[0].Budget"] = "120.5",
            ["Form.Tasks[0].FiscalFunds"] = "100",
            ["Form.Tasks[0].OtherFunds"] = "20.5",
            ["Form.Funds[0].Group"] = "收入构成",
            ["Form.Funds[0].Label"] = "财政拨款",
            ["Form.Funds[0].Amount"] = "100",
            ["Form.OverallGoal"] = "全区传染病报告及时率达到95%以上。",
            ["Form.Indicators[0].Level1"] = "产出指标",
            ["Form.Indicators[0].Level2"] = "数量指标",
            ["Form.Indicators[0].Name"] = "监测报告份数",
            ["Form.Indicators[0].Target"] = "≥12份",
        };

        // A bad amount: refused with its row and field named, nothing written (no table, no audit line).
        var start = await AuditRows.LastSequenceAsync(app.Factory);
        var bad = await clerk.SubmitAsync(url, form, TableForm, new Dictionary<string, string>(typed) { ["Form.Tasks[0].FiscalFunds"] = "100.5.5", ["Command"] = "save" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var refusal = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("年度主要任务第 1 行“财政拨款”：“100.5.5”不是以万元为单位的金额", refusal, StringComparison.Ordinal);
        Assert.Contains("请改为以万元为单位的金额数字", refusal, StringComparison.Ordinal);
        Assert.Contains("data-unsaved=\"yes\"", refusal, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await StoredTable());
        Assert.Empty(await AuditRows.AfterAsync(app.Factory, start));

        // The sums: 财政拨款 90 + 其他资金 20.5 = 110.5 is not the task's 预算金额 (总额) 120.5 — a warning, shown before saving.
        var check = await clerk.SubmitAsync(url, form, TableForm, new Dictionary<string, string>(typed) { ["Form.Tasks[0].FiscalFunds"] = "90", ["Command"] = "check" });
        Assert.Contains("年度主要任务第 1 行：财政拨款与其他资金之和 110.5 万元，与预算金额总额 120.5 万元不符。", WebUtility.HtmlDecode(await check.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var saved = await clerk.SubmitAsync(url, form, TableForm, new Dictionary<string, string>(typed) { ["Command"] = "save" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.NotEqual(string.Empty, await StoredTable());
        var written = await AuditRows.AfterAsync(app.Factory, start);
        Assert.Contains(written, l => l.StartsWith("clerk402|", StringComparison.Ordinal) && l.EndsWith("|部门整体绩效目标表 年度主要任务[1].财政拨款||100", StringComparison.Ordinal));
        Assert.Contains(written, l => l.EndsWith("|部门整体绩效目标表 指标[1].指标值||≥12份", StringComparison.Ordinal));

        // The unit page shows the table as saved.
        var unit = await clerk.GetOkAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("<tr class=\"department-task\"><td>疾病预防控制</td><td>开展传染病监测</td><td class=\"num\">120.50</td><td class=\"num\">100.00</td><td class=\"num\">20.50</td></tr>", unit, StringComparison.Ordinal);
        Assert.Contains("编辑部门整体支出绩效目标表", unit, StringComparison.Ordinal);
        Assert.Contains("<th colspan=\"3\">预算金额</th>", unit, StringComparison.Ordinal);
        Assert.Contains("<tr><th>总额</th><th>财政拨款</th><th>其他资金</th></tr>", unit, StringComparison.Ordinal);

        // A corrected indicator value: one change line, the rest of the table unchanged.
        form = await clerk.GetOkAsync(url);
        Assert.Equal("120.5", Browser.FormFields(form, TableForm)["Form.Tasks[0].Budget"]);
        start = await AuditRows.LastSequenceAsync(app.Factory);
        var corrected = await clerk.SubmitAsync(url, form, TableForm, new Dictionary<string, string> { ["Form.Indicators[0].Target"] = "≥24份", ["Command"] = "save" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(["部门整体绩效目标表 指标[1].指标值|≥12份|≥24份"], (await AuditRows.AfterAsync(app.Factory, start)).Where(l => l.Contains("部门整体绩效目标表", StringComparison.Ordinal)).Select(l => string.Join('|', l.Split('|')[5..])));

        // A clerk of another department: the form is refused, and so is a post of it; nothing written.
        var other = await Browser.SignedInAsync(app.Factory, "clerk401", JixiaoAppFactory.UserPassword);
        var denied = await other.Client.GetAsync(url);
        Assert.True(denied.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{(int)denied.StatusCode}");
        var tableBefore = await StoredTable();
        start = await AuditRows.LastSequenceAsync(app.Factory);
        var posted = await other.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browser.Token(await other.GetOkAsync("/")), ["Command"] = "remove-table",
        }));
        Assert.True(posted.StatusCode is HttpStatusCode.Forbidden || posted.Headers.Location?.OriginalString.Contains("AccessDenied", StringComparison.Ordinal) == true, $"{(int)posted.StatusCode}");
        Assert.Equal(tableBefore, await StoredTable());
        Assert.Empty(await AuditRows.AfterAsync(app.Factory, start));

        // Removed by its clerk: the table is gone, the overall goal (Part 1's) stays, the removal is in the audit trail.
        form = await clerk.GetOkAsync(url);
        var removed = await clerk.SubmitAsync(url, form, "remove-department-table", new Dictionary<string, string> { ["Command"] = "remove-table" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(string.Empty, await StoredTable());
        Assert.Equal("全区传染病报告及时率达到95%以上。", await app.Factory.QueryAsync(db => db.Documents.Where(d => d.Id == document).Select(d => d.OverallGoal).SingleAsync()));
        Assert.Contains(await AuditRows.AfterAsync(app.Factory, start), l => l.EndsWith("|部门整体绩效目标表 年度主要任务[1].任务名称|疾病预防控制|", StringComparison.Ordinal));
    }
}
