using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.Web.Tests;

/// <summary>The indicator library over HTTP: suggestions and the list for anyone who reads the region, curation only
/// for 管理员 and the region's 审核 (a clerk gets 403 with a Chinese problem), the page with its export.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task IndicatorLibrary_SuggestsToClerks_ButOnlyAdministratorsAndReviewersCurate()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateClerkAsync("clerk", "401001");
        var clerk = await Browser.SignedInAsync(app.Factory, "clerk", JixiaoAppFactory.UserPassword);
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);

        // Before any build the national base is the seeded framework.
        using (var suggested = JsonDocument.Parse(await clerk.Client.GetStringAsync("/api/v1/indicators/suggest?region=130102&q=培训&project=干部培训经费")))
        {
            var first = suggested.RootElement[0];
            Assert.StartsWith("培训", first.GetProperty("name").GetString(), StringComparison.Ordinal);
            Assert.False(first.GetProperty("ownRegion").GetBoolean());
        }

        var refused = await clerk.Client.PutAsJsonAsync("/api/v1/indicators/培训合格率/curation?region=130102", new { recommended = true });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
        {
            Assert.Equal("只有管理员和本地区的审核人员可以维护指标库。", problem.RootElement.GetProperty("title").GetString());
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Client.PostAsync("/api/v1/indicators/build", JsonContent.Create(new { }))).StatusCode);

        var built = await admin.Client.PostAsync("/api/v1/indicators/build", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.OK, built.StatusCode);
        var saved = await admin.Client.PutAsJsonAsync("/api/v1/indicators/培训合格率/curation?region=130102", new { recommended = true, recommendedBasis = "计划标准：培训方案" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using (var after = JsonDocument.Parse(await clerk.Client.GetStringAsync("/api/v1/indicators/suggest?region=130102&q=培训合格")))
        {
            Assert.Equal(("培训合格率", true, "计划标准：培训方案"), (after.RootElement[0].GetProperty("name").GetString(), after.RootElement[0].GetProperty("recommended").GetBoolean(),
                after.RootElement[0].GetProperty("basis").GetString()));
        }

        var page = await clerk.GetOkAsync("/Library?Region=130102&Q=合格");
        Assert.Contains("培训合格率", page, StringComparison.Ordinal);
        Assert.DoesNotContain("curation-form", page, StringComparison.Ordinal);
        Assert.Contains("curation-form", await admin.GetOkAsync("/Library?Region=130102&Key=培训合格率"), StringComparison.Ordinal);
        var export = await admin.Client.GetAsync("/Library?Region=130102&handler=Export&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Client.GetAsync("/api/v1/indicators?region=999999")).StatusCode);
    }
}
