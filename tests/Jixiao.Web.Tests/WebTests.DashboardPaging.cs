using System.Net;
using System.Net.Http.Headers;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Jixiao.Tests;

namespace Jixiao.Web.Tests;

/// <summary>The dashboard's unit list is paged (100 units a page); "page" in the query string must reach the page
/// even though Razor Pages also has a route value of that name.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task Dashboard_SecondPage_ShowsTheUnitsAfterTheFirstHundred()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var text = DocumentFiles.Read(TestFiles.DepartmentTextPath).Document;
        var document = text with
        {
            Projects = [.. Enumerable.Range(1, 101).Select(i => text.Projects[0] with
            {
                Sequence = i, UnitCode = $"317{i:D3}", UnitName = $"第{i}单位", ProjectCode = $"13910223P{i:D11}L", ProjectName = $"文物安全巡查经费{i}",
            })],
        };
        var imported = await admin.Client.PostAsync("/api/v1/import?fileName=units.json",
            new StringContent(DocumentJson.Write(document), new MediaTypeHeaderValue("application/json")));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var first = await admin.GetOkAsync("/?region=139102&year=2023");
        var second = await admin.GetOkAsync("/?region=139102&year=2023&page=2");

        Assert.Contains("第 1 / 2 页", first, StringComparison.Ordinal);
        Assert.Contains("<td class=\"code\">317001</td>", first, StringComparison.Ordinal);
        Assert.Contains("<td class=\"code\">317100</td>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"code\">317101</td>", first, StringComparison.Ordinal);
        Assert.Contains("第 2 / 2 页", second, StringComparison.Ordinal);
        Assert.Contains("<td class=\"code\">317101</td>", second, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"code\">317001</td>", second, StringComparison.Ordinal);
        Assert.Contains("上一页", second, StringComparison.Ordinal);
    }
}
