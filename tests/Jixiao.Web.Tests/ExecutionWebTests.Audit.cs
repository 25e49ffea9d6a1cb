using System.Net;
using System.Text;
using Jixiao.Application.Users;
using Jixiao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>Saves of the 监控表 and 自评表 and payment imports write their changed fields (who, role, old → new) to the
/// audit chain, under the project's key, so the document's 审计日志 lists them; the chain still verifies.</summary>
public abstract partial class ExecutionWebTests
{
    [SkippableFact]
    public async Task MonitoringAndSelfEvaluationSaves_AreAuditedFieldByField_AndShownOnTheDocumentsAuditPage()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("clerk", Roles.UnitEditor, ExampleUnit);
        var clerk = await Browser.SignedInAsync(app.Factory, "clerk", JixiaoAppFactory.UserPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        var (key, documentId) = await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id)
            .Select(p => new { p.FiscalYear, p.Code, p.DocumentId }).SingleAsync().ContinueWith(t => (AuditKeys.Project(t.Result.FiscalYear, t.Result.Code), t.Result.DocumentId), TaskScheduler.Default));

        // The demo stored 1–6月 with row 1 “65个”, “确定能”: changing both gives exactly two entries.
        var start = await AuditRows.LastSequenceAsync(app.Factory);
        var url = $"/Projects/{id}/Monitoring?month=6";
        var saved = await clerk.SubmitAsync(url, await clerk.GetOkAsync(url), "monitoring-form", new Dictionary<string, string>
        {
            ["Input.Indicators[0].Actual"] = "20个",
            ["Input.Indicators[0].Possibility"] = "有可能",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(
            [
                AuditRows.Line("clerk", "单位填报", "修改", "绩效监控", key, "1–6月.指标[1].完成值", "65个", "20个"),
                AuditRows.Line("clerk", "单位填报", "修改", "绩效监控", key, "1–6月.指标[1].完成目标可能性", "确定能", "有可能"),
            ],
            await AuditRows.AfterAsync(app.Factory, start));

        // First 自评表: 新增, every filled field from empty, the computed total and grade included.
        start = await AuditRows.LastSequenceAsync(app.Factory);
        url = $"/Projects/{id}/SelfEvaluation";
        string[] actuals = ["90个", "99.8%", "1.5小时", "36.5万元", "1天", "100%", "93%"];
        var changes = new Dictionary<string, string> { ["Input.Spent"] = "36.50", ["Input.ActualOutcome"] = "系统全年稳定运行" };
        for (var i = 0; i < actuals.Length; i++)
        {
            changes[$"Input.Indicators[{i}].Actual"] = actuals[i];
            changes[$"Input.Indicators[{i}].NotApplicable"] = "false";
        }

        changes["Input.Indicators[0].DeviationReason"] = "部分预算单位下半年才接入";
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.SubmitAsync(url, await clerk.GetOkAsync(url), "selfeval-form", changes)).StatusCode);
        var created = await AuditRows.AfterAsync(app.Factory, start);
        Assert.All(created, line => Assert.StartsWith($"clerk|单位填报|新增|绩效自评|{key}|", line, StringComparison.Ordinal));
        Assert.Contains(AuditRows.Line("clerk", "单位填报", "新增", "绩效自评", key, "全年执行数（B，万元）", string.Empty, "36.50"), created);
        Assert.Contains(AuditRows.Line("clerk", "单位填报", "新增", "绩效自评", key, "实际完成情况", string.Empty, "系统全年稳定运行"), created);
        Assert.Contains(AuditRows.Line("clerk", "单位填报", "新增", "绩效自评", key, "指标[1].实际完成值", string.Empty, "90个"), created);
        Assert.Contains(AuditRows.Line("clerk", "单位填报", "新增", "绩效自评", key, "指标[7].实际完成值", string.Empty, "93%"), created);
        Assert.Contains(AuditRows.Line("clerk", "单位填报", "新增", "绩效自评", key, "总分", string.Empty, "96.88"), created);
        Assert.Contains(AuditRows.Line("clerk", "单位填报", "新增", "绩效自评", key, "等级", string.Empty, "优"), created);

        // Second save: only what changed — row 1 reaches its target, the reason is cleared, the total follows.
        start = await AuditRows.LastSequenceAsync(app.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.SubmitAsync(url, await clerk.GetOkAsync(url), "selfeval-form", Applicable(actuals.Length, new Dictionary<string, string>
        {
            ["Input.Indicators[0].Actual"] = "120个", ["Input.Indicators[0].DeviationReason"] = string.Empty,
        }))).StatusCode);
        Assert.Equal(
            [
                AuditRows.Line("clerk", "单位填报", "修改", "绩效自评", key, "指标[1].实际完成值", "90个", "120个"),
                AuditRows.Line("clerk", "单位填报", "修改", "绩效自评", key, "指标[1].偏差原因分析及改进措施", "部分预算单位下半年才接入", string.Empty),
                AuditRows.Line("clerk", "单位填报", "修改", "绩效自评", key, "总分", "96.88", "100"),
            ],
            await AuditRows.AfterAsync(app.Factory, start));

        // An unchanged save (the form as loaded) records nothing.
        start = await AuditRows.LastSequenceAsync(app.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.SubmitAsync(url, await clerk.GetOkAsync(url), "selfeval-form", Applicable(actuals.Length, []))).StatusCode);
        Assert.Empty(await AuditRows.AfterAsync(app.Factory, start));

        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var page = WebUtility.HtmlDecode(await admin.GetOkAsync($"/Documents/{documentId}/Audit"));
        Assert.Contains("1–6月.指标[1].完成目标可能性", page, StringComparison.Ordinal);
        Assert.Contains($"绩效自评 {key}", page, StringComparison.Ordinal);
        Assert.Contains("指标[1].偏差原因分析及改进措施", page, StringComparison.Ordinal);
        Assert.True((await app.Factory.QueryAsync(db => AuditLog.VerifyAsync(db))).IsIntact);
    }

    [SkippableFact]
    public async Task PaymentImport_WritesOneSummaryPerFile_AndTheProjectsCountAndTotal_BeforeAndAfter()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        var (key, documentId, count) = await app.Factory.QueryAsync(async db =>
        {
            var p = await db.Projects.Where(p => p.Id == id).Select(p => new { p.FiscalYear, p.Code, p.DocumentId }).SingleAsync();
            return (AuditKeys.Project(p.FiscalYear, p.Code), p.DocumentId, await db.Payments.CountAsync(x => x.ProjectId == id));
        });
        var csv = "项目编码,支付日期,金额（元）,凭证号,行号,摘要\n"
            + "13010224P000102000015,2024-05-28,\"66,000.00\",ZF2024-0415,1,信息系统二季度运维服务费\n"
            + "13010224P000102000015,2024-07-10,\"5,000.00\",,,备件\n"
            + "13010224P000102000015,2024-07-10,\"5,000.00\",,,备件\n";
        var start = await AuditRows.LastSequenceAsync(app.Factory);
        var preview = await PreviewPaymentsAsync(admin, "支付.csv", Encoding.UTF8.GetBytes(csv));
        var confirm = await admin.Client.PostAsync("/Payments/Import?handler=Confirm", new FormUrlEncodedContent(Browser.FormFields(preview, "payment-confirm-form")));
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal(
            [
                AuditRows.Line("admin", "管理员", "导入", "支付记录文件", "支付.csv", "支付记录", string.Empty, "共 3 条，新增 2 条（合计 1.00 万元），重复 1 条未计入"),
                AuditRows.Line("admin", "管理员", "导入", "执行数据", key, "支付记录", $"{count} 笔，合计 14.60 万元", $"{count + 2} 笔，合计 15.60 万元（新增 2 笔，来自 支付.csv）"),
            ],
            await AuditRows.AfterAsync(app.Factory, start));

        // The same file again through the API: the summary says nothing was added; no project changed.
        start = await AuditRows.LastSequenceAsync(app.Factory);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.PostAsync("/api/v1/payments?fileName=" + Uri.EscapeDataString("支付.csv"), Octets(Encoding.UTF8.GetBytes(csv)))).StatusCode);
        Assert.Equal(
            [AuditRows.Line("admin", "管理员", "导入", "支付记录文件", "支付.csv", "支付记录", string.Empty, "共 3 条，新增 0 条（合计 0.00 万元），重复 3 条未计入")],
            await AuditRows.AfterAsync(app.Factory, start));

        // A refused file writes nothing.
        start = await AuditRows.LastSequenceAsync(app.Factory);
        var unknown = await admin.Client.PostAsync("/api/v1/payments?fileName=u.csv", Octets(Encoding.UTF8.GetBytes("项目编码,支付日期,金额（元）\n13010224P000999000099,2024-03-01,100\n")));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Empty(await AuditRows.AfterAsync(app.Factory, start));

        var page = WebUtility.HtmlDecode(await admin.GetOkAsync($"/Documents/{documentId}/Audit"));
        Assert.Contains("（新增 2 笔，来自 支付.csv）", page, StringComparison.Ordinal);
        var latest = WebUtility.HtmlDecode(await admin.GetOkAsync("/Audit?type=" + Uri.EscapeDataString("支付记录文件")));
        Assert.Contains("重复 3 条未计入", latest, StringComparison.Ordinal);
        Assert.True((await app.Factory.QueryAsync(db => AuditLog.VerifyAsync(db))).IsIntact);
    }

    [SkippableFact]
    public async Task RegionSettings_ChangedThreshold_IsAuditedAsOneField()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var url = "/Execution/Settings/130102";
        var page = await admin.GetOkAsync(url);
        var json = Browser.FormFields(page, "settings-form")["ProfileJson"];
        var custom = json.Replace("\"budgetLight\": {\n    \"redBelow\": 60,\n    \"yellowBelow\": 80", "\"budgetLight\": {\n    \"redBelow\": 60,\n    \"yellowBelow\": 85", StringComparison.Ordinal);
        var start = await AuditRows.LastSequenceAsync(app.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, page, "settings-form", new Dictionary<string, string> { ["Profile"] = "custom", ["ProfileJson"] = custom })).StatusCode);
        Assert.Equal(
            [
                AuditRows.Line("admin", "管理员", "修改", "区划设置", "130102", "监控方案", "hebei", "custom"),
                AuditRows.Line("admin", "管理员", "修改", "区划设置", "130102", "监控方案.budgetLight.yellowBelow", "80", "85"),
            ],
            await AuditRows.AfterAsync(app.Factory, start));
        var latest = WebUtility.HtmlDecode(await admin.GetOkAsync("/Audit?type=" + Uri.EscapeDataString("区划设置")));
        Assert.Contains("监控方案.budgetLight.yellowBelow", latest, StringComparison.Ordinal);
        Assert.True((await app.Factory.QueryAsync(db => AuditLog.VerifyAsync(db))).IsIntact);
    }

    /// <summary>The test browser sends every checkbox as checked; the 不适用 boxes are left unticked explicitly.</summary>
    private static Dictionary<string, string> Applicable(int rows, Dictionary<string, string> changes)
    {
        for (var i = 0; i < rows; i++)
        {
            changes[$"Input.Indicators[{i}].NotApplicable"] = "false";
        }

        return changes;
    }
}
