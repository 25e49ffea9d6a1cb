using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The README's samples belong to the demo region, so a newcomer can try them on the app's first start.</summary>
public abstract partial class ExecutionWebTests
{
    private static string Sample(string name) => Path.Combine(TestFiles.RepositoryRoot, "samples", name);

    [SkippableFact]
    public async Task PaymentSample_ImportsIntoTheDemo_AddingItsLaterPayments()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var before = await app.Factory.QueryAsync(db => db.Payments.CountAsync());

        // 长安区财政局's export for January–September 2024: the demo holds January–June already, the rest is new.
        var import = await admin.Client.PostAsync("/api/v1/payments?fileName=" + Uri.EscapeDataString("示例-支付记录.csv"), Octets(File.ReadAllBytes(Sample("示例-支付记录.csv"))));

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var outcome = await import.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((4, 4), (outcome.GetProperty("added").GetInt32(), outcome.GetProperty("duplicates").GetInt32()));
        Assert.Equal(before + 4, await app.Factory.QueryAsync(db => db.Payments.CountAsync()));
    }

    [SkippableFact]
    public async Task MonitoringSample_IsTheFormOfADemoProject_WithTheDemosPaymentsToJune()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        using var sample = JsonDocument.Parse(await File.ReadAllTextAsync(Sample("示例-资产报告编报2024年1-6月监控.json")));
        var form = sample.RootElement;
        var (code, year) = (form.GetProperty("projectCode").GetString()!, form.GetProperty("fiscalYear").GetInt32());
        var id = await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Code == code && p.FiscalYear == year).Select(p => p.Id).SingleAsync());

        // What the app prefills for 1–6月 from the approved table and the demo's payments is what the sample states.
        var prefilled = (await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/monitoring/6")).GetProperty("report");

        foreach (var field in new[] { "projectName", "departmentName", "unitName", "initialBudget", "spent", "expectedGoal" })
        {
            Assert.Equal(form.GetProperty(field).GetString(), prefilled.GetProperty(field).GetString());
        }

        Assert.Equal(Plan(form), Plan(prefilled));
        Assert.Equal(Rows(form), Rows(prefilled));
    }

    private static List<(int Month, decimal Percent)> Plan(JsonElement form) =>
        [.. form.GetProperty("spendingPlan").EnumerateArray().Select(c => (c.GetProperty("month").GetInt32(), c.GetProperty("cumulativePercent").GetDecimal()))];

    private static List<string> Rows(JsonElement form) =>
        [.. form.GetProperty("indicators").EnumerateArray().Select(i =>
            string.Join('|', new[] { "level1", "level2", "name", "target" }.Select(f => i.GetProperty(f).GetString())))];
}
