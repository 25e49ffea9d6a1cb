using System.Net;
using Jixiao.Application.Users;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The dashboard keeps its cards, unit table and charts as rendered HTML between writes; a write must show
/// on the very next request, and users of different scopes must never see each other's fragment.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task Dashboard_ShowsNewFiguresAtOnce_AfterEditAndReimport_ThoughItsTableIsCached()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.PostAsync("/api/v1/import?fileName=text.txt", TextUpload())).StatusCode);
        const string Dashboard = "/?region=139102&year=2023";

        // Twice, so the second answer comes from the cached fragment.
        Assert.Contains(">173.67<", await admin.GetOkAsync(Dashboard), StringComparison.Ordinal);
        Assert.Contains(">173.67<", await admin.GetOkAsync(Dashboard), StringComparison.Ordinal);

        var id = await app.Factory.QueryAsync(db => db.Projects.Where(p => p.FiscalYear == 2023).OrderBy(p => p.Code).Select(p => p.Id).FirstAsync());
        var edit = await admin.GetOkAsync($"/Projects/{id}/Edit");
        var budget = decimal.Parse(Browser.FormFields(edit, "project-form")["Form.Budget"], System.Globalization.CultureInfo.InvariantCulture);
        var newBudget = (budget + 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var saved = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string>
        {
            ["Form.Budget"] = newBudget,
            ["Form.FiscalFunds"] = string.Empty,
            ["Form.OtherFunds"] = string.Empty,
            ["Command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var afterEdit = await admin.GetOkAsync(Dashboard);
        Assert.Contains(">273.67<", afterEdit, StringComparison.Ordinal);
        Assert.DoesNotContain(">173.67<", afterEdit, StringComparison.Ordinal);
        Assert.Contains($">{newBudget}<", await admin.GetOkAsync($"/Projects/{id}"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await admin.Client.PostAsync("/api/v1/import?fileName=text.txt", TextUpload())).StatusCode);
        Assert.Contains(">173.67<", await admin.GetOkAsync(Dashboard), StringComparison.Ordinal);
        var page = await admin.GetOkAsync($"/Projects/{id}");
        Assert.DoesNotContain($">{newBudget}<", page, StringComparison.Ordinal);
        Assert.Contains($">{budget.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}<", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Dashboard_CachedFragment_IsNotSharedBetweenScopes()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var all = await admin.GetOkAsync("/");
        var unitCount = await app.Factory.QueryAsync(db => db.DashboardSummaries.CountAsync(s => s.RegionCode == "130102" && s.FiscalYear == 2024));
        Assert.True(unitCount > 1);

        // A unit clerk of the same region-year, after the admin filled the cache: only the clerk's own unit.
        await app.Factory.CreateUserAsync("editor", Roles.UnitEditor, "401001");
        var clerk = await Browser.SignedInAsync(app.Factory, "editor", JixiaoAppFactory.UserPassword);
        var own = await clerk.GetOkAsync("/");
        Assert.Equal(unitCount, Rows(all));
        Assert.Equal(1, Rows(own));
        Assert.Equal(unitCount, Rows(await admin.GetOkAsync("/")));

        // Clerks with different unit sets never share a fragment, though one set contains the other; the same set may.
        await app.Factory.CreateClerkAsync("two", "401001", "402001");
        var two = await Browser.SignedInAsync(app.Factory, "two", JixiaoAppFactory.UserPassword);
        var twoPage = await two.GetOkAsync("/");
        Assert.Equal(2, Rows(twoPage));
        Assert.Contains("长安区卫生健康局本级", twoPage, StringComparison.Ordinal);
        Assert.Equal(1, Rows(await clerk.GetOkAsync("/")));
        await app.Factory.CreateClerkAsync("three", "401001", "402001", "403001");
        Assert.Equal(3, Rows(await (await Browser.SignedInAsync(app.Factory, "three", JixiaoAppFactory.UserPassword)).GetOkAsync("/")));
        Assert.Equal(2, Rows(await two.GetOkAsync("/")));
        await app.Factory.CreateClerkAsync("twin", "402001", "401001");
        Assert.Equal(2, Rows(await (await Browser.SignedInAsync(app.Factory, "twin", JixiaoAppFactory.UserPassword)).GetOkAsync("/")));
        Assert.Equal(unitCount, Rows(await admin.GetOkAsync("/")));

        static int Rows(string html)
        {
            var table = html[html.IndexOf("id=\"units\"", StringComparison.Ordinal)..];
            table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
            return table.Split("<tr>").Length - 2; // the header row and the text before it
        }
    }
}
