using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Application.Users;
using Jixiao.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// Execution data, payment import, monitoring and self-evaluation over HTTP (pages and /api/v1), on SQLite
/// (<see cref="SqliteExecutionWebTests"/>) and PostgreSQL (<see cref="PostgresExecutionWebTests"/>). The demo region
/// comes with payments for January–June 2024 and the 1–6月 监控表 of 财政信息化运维经费 (the example).
/// </summary>
public abstract partial class ExecutionWebTests
{
    private const string Admin = "admin";

    /// <summary>Unit 301001 (财政局本级), 36.50 万元, plan 25/50/75/100; the demo pays 8.00 + 6.60 = 14.60 万元 by June.</summary>
    private const string ExampleProject = "财政信息化运维经费";

    /// <summary>Same unit, 48.00 万元, plan 10/40/80/100; the demo pays 9.60 万元 (20%) by June.</summary>
    private const string LateProject = "预算绩效评价委托业务费";

    private const string ExampleUnit = "301001";

    private const string OtherUnit = "401001";

    /// <summary>A copy of the database the app leaves on its first start, with the demo region (<see cref="DemoDatabase"/>).</summary>
    protected abstract Task<ITestDatabase> CreateDemoDatabaseAsync();

    [SkippableFact]
    public async Task Monitoring_DemoExample_40PercentAtJuneAgainst25_50_75_100_IsGreenWithMon01Info_OnPageApiAndExports()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        var page = await admin.GetOkAsync($"/Projects/{id}/Monitoring");

        // Hebei checkpoint: 1–6月. Rate 14.60 ÷ 36.50 = 40.00%; time r = 40.00 ÷ (6/12) = 80.00 → green (red < 60,
        // yellow 60–80); plan: 50% due at June, 40 ÷ 50 × 100 = 80.00 → green, 10.00 points behind → MON-01 info.
        Assert.Contains("1–6月绩效运行监控", page, StringComparison.Ordinal);
        Assert.Contains("40.00%", Section(page, "execution-rate"), StringComparison.Ordinal);
        Assert.Contains("= 40.00% ÷ (6/12) × 100 = 80.00 → 绿灯", page, StringComparison.Ordinal);
        Assert.Contains("资金支出计划 6月底累计 50%，实际执行 40.00%，落后计划 10.00 个百分点", page, StringComparison.Ordinal);
        Assert.Contains("40.00% ÷ 50% × 100 = 80.00 → 绿灯", page, StringComparison.Ordinal);
        Assert.Contains("data-light=\"green\"", Section(page, "project-light"), StringComparison.Ordinal);
        Assert.Contains("项目灯 = 各部分最差", page, StringComparison.Ordinal);
        var findings = Section(page, "findings");
        Assert.Contains("data-rule=\"MON-01\" data-severity=\"info\"", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("data-severity=\"warning\"", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("data-severity=\"error\"", findings, StringComparison.Ordinal);

        var api = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/monitoring/6");
        var assessment = api.GetProperty("assessment");
        Assert.True(api.GetProperty("stored").GetBoolean());
        Assert.Equal("green", assessment.GetProperty("projectLight").GetString());
        Assert.Equal("green", assessment.GetProperty("budgetLight").GetString());
        Assert.Equal("green", assessment.GetProperty("planLight").GetString());
        Assert.Equal(80m, assessment.GetProperty("timeRatio").GetDecimal());
        Assert.Contains(assessment.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "MON-01" && f.GetProperty("severity").GetString() == "info");
        Assert.Equal("14.60", api.GetProperty("report").GetProperty("spent").GetString());

        foreach (var format in new[] { "docx", "xlsx" })
        {
            var download = await admin.Client.GetAsync($"/Projects/{id}/Monitoring?handler=Download&format={format}&month=6");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            var text = OfficeText.Of(await download.Content.ReadAsByteArrayAsync());
            Assert.Contains("绿灯", text, StringComparison.Ordinal);
            Assert.Contains(RuleTitles.Of("MON-01"), text, StringComparison.Ordinal);
            Assert.DoesNotContain("MON-01", text, StringComparison.Ordinal);
            Assert.Contains("落后计划 10.00 个百分点", text, StringComparison.Ordinal);
            Assert.Contains("14.60", text, StringComparison.Ordinal);
            var viaApi = await admin.Client.GetAsync($"/api/v1/projects/{id}/monitoring/6/export?format={format}");
            Assert.Equal(HttpStatusCode.OK, viaApi.StatusCode);
            Assert.Contains(RuleTitles.Of("MON-01"), OfficeText.Of(await viaApi.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Settings_RegionsOwnThresholds_TurnTheExampleYellowWithAWarning_OnlyAdministratorsChangeThem()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        var url = "/Execution/Settings/130102";
        var page = await admin.GetOkAsync(url);
        Assert.Contains("监控节点 1–6月", page, StringComparison.Ordinal);
        var json = Browser.FormFields(page, "settings-form")["ProfileJson"];
        Assert.Contains("\"yellowBelow\": 80", json, StringComparison.Ordinal);

        // Green from 85 instead of 80: the same 80.00 is now yellow, and MON-01 a warning (§2.4).
        var custom = json.Replace("\"budgetLight\": {\n    \"redBelow\": 60,\n    \"yellowBelow\": 80", "\"budgetLight\": {\n    \"redBelow\": 60,\n    \"yellowBelow\": 85", StringComparison.Ordinal);
        Assert.NotEqual(json, custom);
        var saved = await admin.SubmitAsync(url, page, "settings-form", new Dictionary<string, string> { ["Profile"] = "custom", ["ProfileJson"] = custom });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var monitoring = await admin.GetOkAsync($"/Projects/{id}/Monitoring");
        Assert.Contains("= 80.00 → 黄灯", monitoring, StringComparison.Ordinal);
        Assert.Contains("data-light=\"yellow\"", Section(monitoring, "project-light"), StringComparison.Ordinal);
        Assert.Contains("data-rule=\"MON-01\" data-severity=\"warning\"", Section(monitoring, "findings"), StringComparison.Ordinal);
        var export = OfficeText.Of(await admin.Client.GetByteArrayAsync($"/Projects/{id}/Monitoring?handler=Download&format=xlsx"));
        Assert.Contains("黄灯", export, StringComparison.Ordinal);

        // Thresholds out of order are refused with the reason; the saved profile stays.
        var bad = await admin.SubmitAsync(url, await admin.GetOkAsync(url), "settings-form", new Dictionary<string, string> { ["Profile"] = "custom", ["ProfileJson"] = custom.Replace("\"redBelow\": 60", "\"redBelow\": 95", StringComparison.Ordinal) });
        Assert.Contains("阈值应满足 红 ≤ 黄 ≤ 蓝", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("= 80.00 → 黄灯", await admin.GetOkAsync($"/Projects/{id}/Monitoring"), StringComparison.Ordinal);

        // Back to the built-in 中央 profile: checkpoint 1–7月.
        page = await admin.GetOkAsync(url);
        await admin.SubmitAsync(url, page, "settings-form", new Dictionary<string, string> { ["Profile"] = "central" });
        Assert.Contains("1–7月绩效运行监控", await admin.GetOkAsync($"/Projects/{id}/Monitoring"), StringComparison.Ordinal);

        // The same through the form: labelled numbers with the ratio each is compared with, no JSON to edit; changed
        // numbers make the region's own profile. The region gets a name, shown instead of its code.
        page = await admin.GetOkAsync(url);
        Assert.Contains("比值 = 累计执行率 ÷ 资金支出计划中监控月底的计划执行率 × 100", page, StringComparison.Ordinal);
        var formSaved = await admin.SubmitAsync(url, page, "settings-form", new Dictionary<string, string>
        {
            ["Thresholds.CheckpointMonth"] = "6", ["Thresholds.BudgetRed"] = "60", ["Thresholds.BudgetYellow"] = "85", ["RegionName"] = "长安区（测试）",
        });
        Assert.Equal(HttpStatusCode.Redirect, formSaved.StatusCode);
        var byForm = await admin.GetOkAsync($"/Projects/{id}/Monitoring");
        Assert.Contains("= 80.00 → 黄灯", byForm, StringComparison.Ordinal);
        Assert.Contains("1–6月", byForm, StringComparison.Ordinal);
        Assert.Contains("长安区（测试） · ", await admin.GetOkAsync("/?region=130102"), StringComparison.Ordinal);
        var refused = await admin.SubmitAsync(url, await admin.GetOkAsync(url), "settings-form", new Dictionary<string, string>
        {
            ["Thresholds.PlanRed"] = "90", ["Thresholds.PlanYellow"] = "50",
        });
        Assert.Contains("对照资金支出计划：红灯阈值 90 不能大于黄灯阈值 50", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // A mistyped number is named, never saved as 0: the light stays yellow at 60/85.
        var mistyped = await admin.SubmitAsync(url, await admin.GetOkAsync(url), "settings-form", new Dictionary<string, string>
        {
            ["Thresholds.BudgetRed"] = "六十",
        });
        Assert.Contains("预算执行（对照时间进度）：红灯阈值“六十”不是数字", await mistyped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("= 80.00 → 黄灯", await admin.GetOkAsync($"/Projects/{id}/Monitoring"), StringComparison.Ordinal);

        await app.Factory.CreateUserAsync("reviewer", Roles.Reviewer);
        var reviewer = await Browser.SignedInAsync(app.Factory, "reviewer", JixiaoAppFactory.UserPassword);
        var denied = await reviewer.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Monitoring_ClerkSavesProgress_LightsAndFindingsFollow_AndBadInputIsRefusedInChinese()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("clerk", Roles.UnitEditor, ExampleUnit);
        var clerk = await Browser.SignedInAsync(app.Factory, "clerk", JixiaoAppFactory.UserPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        var url = $"/Projects/{id}/Monitoring?month=6";
        var page = await clerk.GetOkAsync(url);

        // Row 1 运维服务覆盖用户数 ≥120个: 20 by June against 120 ÷ 12 × 6 = 60 due → 33.33 → red (MON-02); 有可能
        // without category, reason or measures → MON-04 error; red without 纠偏措施 → MON-08.
        var saved = await clerk.SubmitAsync(url, page, "monitoring-form", new Dictionary<string, string>
        {
            ["Input.Indicators[0].Actual"] = "20个",
            ["Input.Indicators[0].Possibility"] = "有可能",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await clerk.GetOkAsync(url);
        Assert.Contains("1–6月监控表已保存", page, StringComparison.Ordinal);
        Assert.Contains("data-light=\"red\"", Section(page, "project-light"), StringComparison.Ordinal);
        Assert.Contains("进度 = 实际 20 ÷ 60 × 100 = 33.33 → 红灯", page, StringComparison.Ordinal);
        var findings = Section(page, "findings");
        Assert.Contains("data-rule=\"MON-02\"", findings, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"MON-04\" data-severity=\"error\"", findings, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"MON-08\"", findings, StringComparison.Ordinal);
        Assert.Equal("20个", await app.Factory.QueryAsync(db => db.MonitoringRecords.Where(m => m.ProjectId == id && m.Month == 6).SelectMany(m => m.Indicators).Where(r => r.Row == 1).Select(r => r.Actual).SingleAsync()));

        var bad = await clerk.SubmitAsync(url, page, "monitoring-form", new Dictionary<string, string> { ["Input.Spent"] = "十四万" });
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("未保存", badPage, StringComparison.Ordinal);
        Assert.Contains("1–6月执行数“十四万”不是有效金额", badPage, StringComparison.Ordinal);

        var api = await clerk.Client.PutAsJsonAsync($"/api/v1/projects/{id}/monitoring/6", new { initialBudget = "36.50", spent = "14.60", indicators = new[] { new { row = 99, actual = "1" } } });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("指标行 99 不存在", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var month13 = await clerk.Client.GetAsync($"/api/v1/projects/{id}/monitoring/13");
        Assert.Equal(HttpStatusCode.BadRequest, month13.StatusCode);

        var ok = await clerk.Client.PutAsJsonAsync($"/api/v1/projects/{id}/monitoring/6", new { initialBudget = "36.50", spent = "18.25", indicators = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("18.25", body.GetProperty("report").GetProperty("spent").GetString());
        Assert.Equal(100m, body.GetProperty("assessment").GetProperty("timeRatio").GetDecimal());
    }

    [SkippableFact]
    public async Task Execution_PageAndApi_SaveBudgetsAndEntries_PaymentsDecideTheSpending()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        var url = $"/Projects/{id}/Execution";
        var page = await admin.GetOkAsync(url);
        Assert.Contains("来自已导入的 2 条支付记录", page, StringComparison.Ordinal);
        Assert.Contains("<svg", Section(page, "execution-chart"), StringComparison.Ordinal);
        Assert.Contains("信息系统二季度运维服务费", Section(page, "payments"), StringComparison.Ordinal);

        var saved = await admin.SubmitAsync(url, page, "execution-form", new Dictionary<string, string>
        {
            ["Input.AdjustedBudget"] = "40.00",
            ["Input.Entries[0].AsOf"] = "2024-06-30",
            ["Input.Entries[0].Spent"] = "15.00",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.Factory.QueryAsync(db => db.Executions.Where(e => e.ProjectId == id).SingleAsync());
        Assert.Equal(36_500_000, stored.InitialBudgetFen);
        Assert.Equal(40_000_000, stored.AdjustedBudgetFen);
        Assert.Equal(15_000_000, Assert.Single(stored.SpendingEntries).SpentFen);

        // The payments (14.60) are the 执行数; the budget is the adjusted one: 14.60 ÷ 40.00 = 36.50%.
        var view = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/execution");
        Assert.Equal("40.00", view.GetProperty("budget").GetString());
        Assert.Equal(2, view.GetProperty("paymentCount").GetInt32());
        var june = view.GetProperty("months")[5];
        Assert.Equal("14.60", june.GetProperty("spent").GetString());
        Assert.Equal(36.5m, june.GetProperty("actualPercent").GetDecimal());
        Assert.Equal(50m, june.GetProperty("plannedPercent").GetDecimal());

        var bad = await admin.SubmitAsync(url, await admin.GetOkAsync(url), "execution-form", new Dictionary<string, string> { ["Input.InitialBudget"] = "abc", ["Input.Entries[1].AsOf"] = "2023-12-31", ["Input.Entries[1].Spent"] = "1" });
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Contains("年初预算数“abc”不是有效金额", badPage, StringComparison.Ordinal);
        Assert.Contains("不在 2024 年度内", badPage, StringComparison.Ordinal);

        var put = await admin.Client.PutAsJsonAsync($"/api/v1/projects/{id}/execution", new { initialBudget = "36.50", entries = new[] { new { asOf = "2024-03-31", spent = "9.1234567" } } });
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("超过 6 位小数", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        put = await admin.Client.PutAsJsonAsync($"/api/v1/projects/{id}/execution", new { initialBudget = "36.50", adjustedBudget = (string?)null, entries = new[] { new { asOf = "2024-03-31", spent = "9.125" } } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("36.50", (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("budget").GetString());
    }

    [SkippableFact]
    public async Task Payments_PreviewConfirm_ReimportAddsNothing_ProblemsNamedByRowAndCell()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        var before = await app.Factory.QueryAsync(db => db.Payments.CountAsync());

        // One payment already imported by the demo (same voucher and line) and two new ones, without voucher, same
        // day and amount: two genuine payments, kept apart by their occurrence.
        var csv = "项目编码,支付日期,金额（元）,凭证号,行号,摘要\n"
            + "13010224P000102000015,2024-05-28,\"66,000.00\",ZF2024-0415,1,信息系统二季度运维服务费\n"
            + "13010224P000102000015,2024-07-10,\"5,000.00\",,,备件\n"
            + "13010224P000102000015,2024-07-10,\"5,000.00\",,,备件\n";
        var preview = await PreviewPaymentsAsync(admin, "支付.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Contains("共 3 条", preview, StringComparison.Ordinal);
        Assert.Contains("其中新增 2 条，已导入过 1 条", preview, StringComparison.Ordinal);
        var confirm = await admin.Client.PostAsync("/Payments/Import?handler=Confirm", new FormUrlEncodedContent(Browser.FormFields(preview, "payment-confirm-form")));
        var result = await confirm.Content.ReadAsStringAsync();
        Assert.Contains("新增 2 条支付记录，1 条此前已导入", result, StringComparison.Ordinal);
        Assert.Equal(before + 2, await app.Factory.QueryAsync(db => db.Payments.CountAsync()));

        // The same file again: nothing added, by page and by API.
        preview = await PreviewPaymentsAsync(admin, "支付.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Contains("其中新增 0 条，已导入过 3 条", preview, StringComparison.Ordinal);
        var api = await admin.Client.PostAsync("/api/v1/payments?fileName=" + Uri.EscapeDataString("支付.csv"), Octets(Encoding.UTF8.GetBytes(csv)));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var outcome = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, outcome.GetProperty("added").GetInt32());
        Assert.Equal(3, outcome.GetProperty("duplicates").GetInt32());
        Assert.Equal(before + 2, await app.Factory.QueryAsync(db => db.Payments.CountAsync()));
        var july = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/execution");
        Assert.Equal("15.60", july.GetProperty("months")[6].GetProperty("spent").GetString());

        // GB18030 with a bad date and an unknown project: every problem named, nothing imported.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bad = Encoding.GetEncoding("GB18030").GetBytes("项目编码,支付日期,金额（元）\n13010224P000102000015,2024-13-01,100\n");
        preview = await PreviewPaymentsAsync(admin, "bad.csv", bad);
        Assert.Contains("第 2 行", preview, StringComparison.Ordinal);
        Assert.Contains("支付日期", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("payment-confirm", preview, StringComparison.Ordinal);
        var unknown = await admin.Client.PostAsync("/api/v1/payments?fileName=u.csv", Octets(Encoding.UTF8.GetBytes("项目编码,支付日期,金额（元）\n13010224P000999000099,2024-03-01,100\n")));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("找不到项目", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var text = await admin.Client.PostAsync("/api/v1/payments?fileName=u.csv", new StringContent("x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(before + 2, await app.Factory.QueryAsync(db => db.Payments.CountAsync()));
    }

    [SkippableFact]
    public async Task SelfEvaluation_FormScoresEveryRowWithItsFormula_GradeAndDownloadsCarryTheScore()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("clerk", Roles.UnitEditor, ExampleUnit);
        var clerk = await Browser.SignedInAsync(app.Factory, "clerk", JixiaoAppFactory.UserPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        var url = $"/Projects/{id}/SelfEvaluation";
        var page = await clerk.GetOkAsync(url);
        Assert.Contains("尚未填报", page, StringComparison.Ordinal);

        // Prefilled from the goal table and the payments, nothing of the form filled in: 未填报, no score, no findings.
        Assert.Contains("未填报", Section(page, "total"), StringComparison.Ordinal);
        Assert.Contains("未填报", Section(page, "grade"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-rule=", page, StringComparison.Ordinal);
        var unfilled = (await clerk.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/self-evaluation")).GetProperty("score");
        Assert.Equal("未填报", unfilled.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, unfilled.GetProperty("total").ValueKind);

        // National weights 10/50/30/10; 产出 has 4 rows (12.5 each), 效益 2 (15 each), 满意度 1 (10).
        // B = A = 36.50 → 10.00. Row 1 ≥120个, actual 90 → 12.5 × 90 ÷ 120 = 9.375 → 9.38 (reason given);
        // others at target. Total = 10 + 9.38 + 12.5 × 3 + 15 × 2 + 10 = 96.88 → 优.
        string[] actuals = ["90个", "99.8%", "1.5小时", "36.5万元", "1天", "100%", "93%"];
        var changes = new Dictionary<string, string> { ["Input.Spent"] = "36.50", ["Input.ActualOutcome"] = "系统全年稳定运行" };
        for (var i = 0; i < actuals.Length; i++)
        {
            changes[$"Input.Indicators[{i}].Actual"] = actuals[i];
            changes[$"Input.Indicators[{i}].NotApplicable"] = "false";
        }

        changes["Input.Indicators[0].DeviationReason"] = "部分预算单位下半年才接入，明年扩大覆盖";
        var saved = await clerk.SubmitAsync(url, page, "selfeval-form", changes);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await clerk.GetOkAsync(url);
        Assert.Contains("96.88", Section(page, "total"), StringComparison.Ordinal);
        Assert.Contains("优", Section(page, "grade"), StringComparison.Ordinal);
        Assert.Contains("得分 = 分值 12.5 × 实际 90 ÷ 目标 120 = 9.38", page, StringComparison.Ordinal);
        Assert.Contains("96.88 分对应等级“优”", page, StringComparison.Ordinal);
        var stored = await app.Factory.QueryAsync(db => db.SelfEvaluations.SingleAsync(s => s.ProjectId == id));
        Assert.Equal(96.88m, stored.TotalScore);
        Assert.Equal(Domain.Grade.Excellent, stored.Grade);

        foreach (var format in new[] { "docx", "xlsx" })
        {
            var download = await clerk.Client.GetAsync($"{url}?handler=Download&format={format}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            var text = OfficeText.Of(await download.Content.ReadAsByteArrayAsync());
            Assert.Contains("96.88", text, StringComparison.Ordinal);
            Assert.Contains("9.38", text, StringComparison.Ordinal);
        }

        // The shortfall without a reason is an EVL-06 error; via the API.
        var api = await clerk.Client.PutAsJsonAsync($"/api/v1/projects/{id}/self-evaluation", new
        {
            initialBudget = "36.50", annualBudget = "36.50", spent = "29.20",
            indicators = actuals.Select((a, i) => new { row = i + 1, actual = a }).ToArray(),
        });
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var score = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("score");

        // 29.20 ÷ 36.50 = 80.00% → 8.00; total 94.88 → 优; EVL-03 (rate < 90% without reason), EVL-06 (row 1).
        Assert.Equal(94.88m, score.GetProperty("total").GetDecimal());
        var rules = score.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("EVL-03", rules);
        Assert.Contains("EVL-06", rules);
        Assert.Contains(RuleTitles.Of("EVL-06"), await clerk.GetOkAsync(url), StringComparison.Ordinal);

        var bad = await clerk.Client.PutAsJsonAsync($"/api/v1/projects/{id}/self-evaluation", new { initialBudget = "36.50", annualBudget = "", spent = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("请填写全年预算数（A）", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var notJson = await clerk.Client.PutAsync($"/api/v1/projects/{id}/self-evaluation", new StringContent("{\"indicators\":[{\"row\":1,\"points\":\"x\"}]}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal("application/problem+json", notJson.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Permissions_OtherUnitsClerkIsRefused_ReviewerOnlyReads_UnknownProjectIs404()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("other", Roles.UnitEditor, OtherUnit);
        await app.Factory.CreateUserAsync("reviewer", Roles.Reviewer);
        var other = await Browser.SignedInAsync(app.Factory, "other", JixiaoAppFactory.UserPassword);
        var reviewer = await Browser.SignedInAsync(app.Factory, "reviewer", JixiaoAppFactory.UserPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        string[] pages = [$"/Projects/{id}/Execution", $"/Projects/{id}/Monitoring", $"/Projects/{id}/SelfEvaluation", $"/Projects/{id}/SelfEvaluation?handler=Download&format=docx", $"/Projects/{id}/Monitoring?handler=Download&format=xlsx"];
        string[] apis = [$"/api/v1/projects/{id}/execution", $"/api/v1/projects/{id}/monitoring/6", $"/api/v1/projects/{id}/self-evaluation", $"/api/v1/projects/{id}/self-evaluation/export?format=docx"];
        foreach (var url in pages)
        {
            var response = await other.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await reviewer.Client.GetAsync(url)).StatusCode);
        }

        foreach (var url in apis)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reviewer.Client.GetAsync(url)).StatusCode);
        }

        foreach (var client in new[] { other.Client, reviewer.Client })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/projects/{id}/execution", new { initialBudget = "1" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/projects/{id}/monitoring/6", new { initialBudget = "1", spent = "1" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/projects/{id}/self-evaluation", new { initialBudget = "1" })).StatusCode);
        }

        // The reviewer sees the form read-only and cannot post it.
        var page = await reviewer.GetOkAsync($"/Projects/{id}/SelfEvaluation");
        Assert.DoesNotContain("id=\"save\"", page, StringComparison.Ordinal);
        var post = await reviewer.Client.PostAsync($"/Projects/{id}/SelfEvaluation", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Browser.Token(page), ["Input.Spent"] = "1" }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.SelfEvaluations.CountAsync()));

        // Payments of another unit's project: not even named to the clerk, nothing stored; the reviewer may not import.
        var csv = Octets(Encoding.UTF8.GetBytes("项目编码,支付日期,金额（元）\n13010224P000102000015,2024-08-01,100\n"));
        var refused = await other.Client.PostAsync("/api/v1/payments?fileName=p.csv", csv);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("找不到项目", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.Client.PostAsync("/api/v1/payments?fileName=p.csv", csv)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.Client.GetAsync("/Payments/Import")).StatusCode);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Payments.CountAsync(p => p.Date == new DateOnly(2024, 8, 1))));

        // The other unit's view lists its own projects only.
        var view = await other.GetOkAsync("/Execution");
        Assert.Contains("义务教育学校公用经费", view, StringComparison.Ordinal);
        Assert.DoesNotContain(ExampleProject, view, StringComparison.Ordinal);

        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/Projects/999999/Monitoring")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/api/v1/projects/999999/self-evaluation")).StatusCode);
        var anonymous = Browser.Anonymous(app.Factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Client.GetAsync($"/api/v1/projects/{id}/execution")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.Client.GetAsync($"/Projects/{id}/Monitoring")).StatusCode);
    }

    [SkippableFact]
    public async Task Overview_RegionAndUnitViews_ShowLightsGradesAndCharts_LinkedFromProjectAndUnitPages()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        var late = await app.Factory.ProjectIdAsync(LateProject);
        var region = await admin.GetOkAsync("/Execution");
        Assert.Contains("长安区 2024 年执行监控与绩效自评", region, StringComparison.Ordinal);
        Assert.Contains("1–6月项目预警分布", region, StringComparison.Ordinal);
        Assert.Contains("自评等级分布", region, StringComparison.Ordinal);
        Assert.Contains("全区执行进度与支出计划", region, StringComparison.Ordinal);
        Assert.Contains("<polyline", region, StringComparison.Ordinal);
        // One unit's curve at a time, picked beside the chart (every unit is a choice).
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(region, "<figure id=\"chart-unit-"));
        Assert.Contains("id=\"chart-choice\"", region, StringComparison.Ordinal);
        var exampleUnitId = await app.Factory.QueryAsync(db => db.Units.Where(u => u.Name == "长安区教育局本级").Select(u => u.Id).SingleAsync());
        Assert.Contains($"<option value=\"{exampleUnitId}\">长安区教育局本级</option>", region, StringComparison.Ordinal);
        Assert.Contains("长安区教育局本级（%）", await admin.GetOkAsync($"/Execution?chart={exampleUnitId}"), StringComparison.Ordinal);

        // 9.60 ÷ 48.00 = 20% at June: time r = 40 → red; plan 20 ÷ 40 × 100 = 50 → red.
        Assert.Contains("data-light=\"red\"", ProjectRow(region, late), StringComparison.Ordinal);
        Assert.Contains("data-light=\"green\"", ProjectRow(region, id), StringComparison.Ordinal);
        Assert.Contains("已填报", ProjectRow(region, id), StringComparison.Ordinal);

        var unitId = await app.Factory.QueryAsync(db => db.Units.Where(u => u.Code == ExampleUnit).Select(u => u.Id).SingleAsync());
        var unit = await admin.GetOkAsync($"/Execution?unit={unitId}");
        Assert.Contains(ExampleProject, unit, StringComparison.Ordinal);
        Assert.DoesNotContain("义务教育学校公用经费", unit, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(unit, "<figure id=\"chart-project-"));
        Assert.Contains($"chart-project-{id}", await admin.GetOkAsync($"/Execution?unit={unitId}&chart={id}"), StringComparison.Ordinal);

        Assert.Contains($"/Projects/{id}/Monitoring", await admin.GetOkAsync($"/Projects/{id}"), StringComparison.Ordinal);
        Assert.Contains($"/Execution?unit={unitId}", await admin.GetOkAsync($"/Units/{unitId}"), StringComparison.Ordinal);
    }

    private static Task<string> PreviewPaymentsAsync(Browser browser, string fileName, byte[] bytes) =>
        browser.PostFileAsync("/Payments/Import", "/Payments/Import?handler=Preview", "Upload", fileName, bytes);

    private static ByteArrayContent Octets(byte[] bytes) => new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } };

    /// <summary>The element with <paramref name="id"/> up to its closing tag (good enough for these pages).</summary>
    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"页面中没有 {id}");
        var tagStart = page.LastIndexOf('<', start);
        var tag = page[(tagStart + 1)..].Split(' ', '>')[0];
        var end = page.IndexOf($"</{tag}>", start, StringComparison.Ordinal);
        return page[tagStart..(end < 0 ? page.Length : end)];
    }

    private static string ProjectRow(string page, int projectId)
    {
        var start = page.IndexOf($"<tr data-project=\"{projectId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"没有项目 {projectId}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private async Task<TestApp> StartAsync()
    {
        var database = await CreateDemoDatabaseAsync();
        var factory = new JixiaoAppFactory(database.Connection);
        _ = factory.Server;
        return new TestApp(factory, database);
    }
}
