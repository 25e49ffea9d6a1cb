using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Tests;

namespace Jixiao.Web.Tests;

/// <summary>
/// 复核 of published 自评表 and 监控表 over HTTP: the page /Execution/Recheck and POST /api/v1/forms/recheck, with the
/// corpus fixtures of the reader (Fixtures/Corpus, sources in the corpus README). Nothing is stored, so one database
/// (SQLite) is enough.
/// </summary>
public sealed class FormRecheckWebTests
{
    private static byte[] Corpus(string name) => File.ReadAllBytes(TestFiles.Fixture(Path.Combine("Corpus", name)));

    [Fact]
    public async Task Page_RechecksYongde2022_RowsRecomputed_PublishedTotal96AgainstRecomputed99_MoneyUnitShown()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, "admin", JixiaoAppFactory.AdminPassword);
        Assert.Contains("/Execution/Recheck", await admin.GetOkAsync("/Execution"), StringComparison.Ordinal);

        var page = await UploadAsync(admin, "se01-yunnan-yongde-2022.xlsx", Corpus("se01-yunnan-yongde-2022.xlsx"));

        // 项目资金 (元): the unit and where it was read, 9 rows read, the empty 生态效益指标 row skipped and shown.
        Assert.Contains("金额单位：元（取自“项目资金 (元)”", page, StringComparison.Ordinal);
        Assert.Contains("读入指标 <span data-field=\"rows\">9</span> 行；跳过 1 行", page, StringComparison.Ordinal);
        Assert.Contains("生态效益指标", page, StringComparison.Ordinal);

        // 复核: row 3 (资金到位及时率, 100% of ≧100%) is 10 against the printed 7, row 6 (政策知晓率, 98% of ═100%) 9.80 against 9;
        // total 99.80 against 96.00.
        Assert.Contains("<td class=\"num\" data-field=\"total\">99.80</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\" data-field=\"declared-total\">96.00</td>", page, StringComparison.Ordinal);
        Assert.Contains("填报总分 96.00，按公式复核为 99.80，相差 3.80 分。", page, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"EVL-04\"", page, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"EVL-11\"", page, StringComparison.Ordinal);
        Assert.Contains("data-field=\"not-recheckable\"", page, StringComparison.Ordinal);
        Assert.Contains("38.766462", page, StringComparison.Ordinal); // 387664.62 元 shown in 万元, exactly

        // The same file again in 打分 mode without uploading it again: the national formulas, no 填报 column.
        var score = await admin.SubmitAsync("/Execution/Recheck", page, "recheck-form", new Dictionary<string, string> { ["Mode"] = "score" });
        var scored = await score.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, score.StatusCode);
        Assert.Contains("打分模式：", scored, StringComparison.Ordinal);
        Assert.DoesNotContain("data-field=\"declared-total\"", scored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_AFormWithoutItsMoneyUnit_AsksForIt_ThenReadsItInTheUnitNamed()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, "admin", JixiaoAppFactory.AdminPassword);
        var html = Encoding.UTF8.GetString(Corpus("se01-yunnan-yongde-2022.html")).Replace("项目资金 (元)", "项目资金", StringComparison.Ordinal);

        var page = await UploadAsync(admin, "无单位.html", Encoding.UTF8.GetBytes(html));
        Assert.Contains("id=\"ask-money-unit\"", page, StringComparison.Ordinal);
        Assert.Contains("无法确定金额单位", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=\"self-evaluation\"", page, StringComparison.Ordinal);

        var named = await admin.SubmitAsync("/Execution/Recheck", page, "recheck-form", new Dictionary<string, string> { ["MoneyUnit"] = "元" });
        var body = await named.Content.ReadAsStringAsync();
        Assert.Contains("金额单位：元（表内未注明，按指定）", body, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\" data-field=\"total\">99.80</td>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_BlankForm_IsNotFilled_AndMonitoringTableShowsItsLightsAndTheMissingReason()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, "admin", JixiaoAppFactory.AdminPassword);

        // 青神 2023 as published: the form with nothing filled in — 未填报, no score, no list of errors.
        var blank = await UploadAsync(admin, "se03-sichuan-qingshen-2023.xlsx", Corpus("se03-sichuan-qingshen-2023.xlsx"));
        Assert.Contains("data-status=\"blank\"", blank, StringComparison.Ordinal);
        Assert.Contains("<strong>未填报</strong>", blank, StringComparison.Ordinal);
        Assert.DoesNotContain("data-rule=", blank, StringComparison.Ordinal);

        // 黄石 2019 1–6月: 87.57 of 220 万元 → r = 79.61, yellow, and no 偏差原因 beside it (MON-09).
        var monitoring = await UploadAsync(admin, "m01-hubei-huangshi-2019.docx", Corpus("m01-hubei-huangshi-2019.docx"));
        Assert.Contains("data-kind=\"monitoring\"", monitoring, StringComparison.Ordinal);
        Assert.Contains("金额单位：万元", monitoring, StringComparison.Ordinal);
        Assert.Contains("87.57", monitoring, StringComparison.Ordinal);
        Assert.Contains("确定能", monitoring, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"MON-09\"", monitoring, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_RechecksAndScores_AsksForTheMoneyUnit_AndRefusesBadParameters()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, "admin", JixiaoAppFactory.AdminPassword);

        var recheck = await admin.Client.PostAsync("/api/v1/forms/recheck?fileName=se01.xlsx", Octets(Corpus("se01-yunnan-yongde-2022.xlsx")));
        Assert.Equal(HttpStatusCode.OK, recheck.StatusCode);
        var json = await recheck.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("recheck", json.GetProperty("mode").GetString());
        var form = Assert.Single(json.GetProperty("selfEvaluations").EnumerateArray().ToList());
        Assert.Equal(99.80m, form.GetProperty("total").GetDecimal());
        Assert.Equal(96m, form.GetProperty("declaredTotal").GetDecimal());
        Assert.Equal("元", form.GetProperty("source").GetProperty("moneyUnit").GetString());
        Assert.Equal(9, form.GetProperty("source").GetProperty("indicatorRows").GetInt32());
        Assert.Contains(form.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "EVL-08");

        var blank = await admin.Client.PostAsync("/api/v1/forms/recheck?fileName=se03.xlsx&mode=score", Octets(Corpus("se03-sichuan-qingshen-2023.xlsx")));
        var blankForm = (await blank.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("selfEvaluations")[0];
        Assert.Equal("未填报", blankForm.GetProperty("status").GetString());
        Assert.True(blankForm.GetProperty("blank").GetBoolean());
        Assert.Empty(blankForm.GetProperty("findings").EnumerateArray());

        var monitoring = await admin.Client.PostAsync("/api/v1/forms/recheck?fileName=m01.docx", Octets(Corpus("m01-hubei-huangshi-2019.docx")));
        var report = (await monitoring.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("monitoring")[0];
        Assert.Equal("yellow", report.GetProperty("budgetLight").GetString());
        Assert.Equal("确定能", report.GetProperty("indicators")[0].GetProperty("possibility").GetString());

        var html = Encoding.UTF8.GetString(Corpus("se01-yunnan-yongde-2022.html")).Replace("项目资金 (元)", "项目资金", StringComparison.Ordinal);
        var ask = await admin.Client.PostAsync("/api/v1/forms/recheck?fileName=u.html", Octets(Encoding.UTF8.GetBytes(html)));
        Assert.Equal(HttpStatusCode.BadRequest, ask.StatusCode);
        var problem = await ask.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("askMoneyUnit").GetBoolean());
        Assert.Contains("无法确定金额单位", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var named = await admin.Client.PostAsync("/api/v1/forms/recheck?fileName=u.html&moneyUnit=" + Uri.EscapeDataString("元"), Octets(Encoding.UTF8.GetBytes(html)));
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);

        var bad = await admin.Client.PostAsync("/api/v1/forms/recheck?fileName=se01.xlsx&mode=x&moneyUnit=" + Uri.EscapeDataString("千元"), Octets(Corpus("se01-yunnan-yongde-2022.xlsx")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var detail = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("模式“x”无法识别", detail, StringComparison.Ordinal);
        Assert.Contains("金额单位“千元”无法识别", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await admin.Client.PostAsync("/api/v1/forms/recheck?fileName=a.xlsx", new StringContent("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser.Anonymous(app.Factory).Client.PostAsync("/api/v1/forms/recheck?fileName=se01.xlsx", Octets(Corpus("se01-yunnan-yongde-2022.xlsx")))).StatusCode);
    }

    [Fact]
    public async Task Page_DepartmentTableWithPointsPerRow_IsRecheckedByItsPoints_OneWithoutPointsIsRefused()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, "admin", JixiaoAppFactory.AdminPassword);

        // 重庆 2021 (d01, the stored copy cut after its seventh row): weights 2 2 1 2 2 2 2 at 100%, 执行率得分 10 × 76% =
        // 7.60 as printed, so 7.60 + 13 = 20.60 against the printed 97.60; 10 + 13 = 23 points.
        var page = await UploadAsync(admin, "d01-chongqing-kexuecheng-2021.docx", Corpus("d01-chongqing-kexuecheng-2021.docx"));
        Assert.Contains("data-kind=\"points-sheet\"", page, StringComparison.Ordinal);
        Assert.Contains("部门整体绩效自评表（按表内分值复核）", page, StringComparison.Ordinal);
        Assert.Contains("读入指标 <span data-field=\"rows\">7</span> 行", page, StringComparison.Ordinal);
        Assert.Contains("<td>财政供养人员控制率</td>", page, StringComparison.Ordinal);
        Assert.Matches(@"<td>基础信息完善</td>\s*<td class=""num"" data-field=""points"">1</td>", page);
        Assert.Contains("<td class=\"num\" data-field=\"total\">20.60</td><td class=\"num\" data-field=\"declared-total\">97.60</td><td class=\"num\">-77.00</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\" data-field=\"execution-score\">7.60</td><td class=\"num\" data-field=\"declared-execution-score\">7.60</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\" data-field=\"full-marks\">23</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-field=\"grade\">优</td>", page, StringComparison.Ordinal);
        Assert.Contains("自评总分 97.60，而执行率得分 7.60 与各行得分之和为 20.60，相差 77.00 分。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("不是项目支出绩效自评表", page, StringComparison.Ordinal);
        Assert.DoesNotContain("EVL-", page, StringComparison.Ordinal);
        Assert.DoesNotContain("PointsSheet", page, StringComparison.Ordinal);

        // 寿县 2023 (d02): 规划(15分) against its rows 3 + 3 + 3 + 4 + 2 = 15, as printed.
        var shouxian = await UploadAsync(admin, "d02-anhui-shouxian-2023.html", Corpus("d02-anhui-shouxian-2023.html"));
        Assert.Contains("<tr><td>规划(15分)</td><td class=\"num\">15</td><td class=\"num\">15</td></tr>", shouxian, StringComparison.Ordinal);

        // The API answers with the same re-check.
        var api = await admin.Client.PostAsync("/api/v1/forms/recheck?fileName=d01.docx", Octets(Corpus("d01-chongqing-kexuecheng-2021.docx")));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var sheet = Assert.Single((await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pointsSheets").EnumerateArray().ToList());
        Assert.Equal((20.60m, 97.6m), (sheet.GetProperty("total").GetDecimal(), sheet.GetProperty("declaredTotal").GetDecimal()));

        // A department's table without 分值 and 得分 per row: nothing to re-check by, the refusal as before.
        const string html = """
            <html><head><meta charset="utf-8"></head><body><p>2023年度部门整体支出绩效自评表</p><table border="1">
            <tr><td>部门名称</td><td colspan="7">某县政务服务管理局</td></tr>
            <tr><td>部门职责</td><td colspan="7">负责政务服务工作。</td></tr>
            <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td><td>实际完成值</td><td>偏差原因分析及改进措施</td></tr>
            <tr><td>产出指标</td><td>数量指标</td><td>办件量</td><td>≥</td><td>1000</td><td>件</td><td>1200</td><td></td></tr>
            </table></body></html>
            """;
        var refused = await UploadAsync(admin, "部门整体.html", Encoding.UTF8.GetBytes(html));
        Assert.Contains("id=\"read-problems\"", refused, StringComparison.Ordinal);
        Assert.Contains("此表是部门整体支出绩效自评表（表内有“部门职责”，没有“项目名称”），不是项目支出绩效自评表，未按项目表读取", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=", refused, StringComparison.Ordinal);
    }

    private static Task<string> UploadAsync(Browser browser, string fileName, byte[] bytes) =>
        browser.PostFileAsync("/Execution/Recheck", "/Execution/Recheck", "Upload", fileName, bytes, new Dictionary<string, string> { ["Mode"] = "recheck" });

    private static ByteArrayContent Octets(byte[] bytes) => new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } };

    private static async Task<TestApp> StartAsync()
    {
        var database = await DemoDatabase.SqliteAsync();
        var factory = new JixiaoAppFactory(database.Connection);
        _ = factory.Server;
        return new TestApp(factory, database);
    }
}
