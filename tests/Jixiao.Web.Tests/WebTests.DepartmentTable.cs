using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Documents;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>A published 部门整体支出绩效目标表 imported through the use case is shown on the unit page as the form's
/// table (name, 部门职能, 年度总体目标, each indicator row with its value); a clerk holding no unit of that department
/// may not import it.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task UnitPage_ShowsAnImportedDepartmentTable_AndAClerkOfAnotherDepartmentMayNotImportIt()
    {
        await using var app = await StartAsync();
        var path = Path.Combine(Jixiao.Tests.TestFiles.RepositoryRoot, "tests", "Jixiao.Documents.Tests", "Fixtures", "corpus", "department", "hunan-yueyanglou-2023-jiagerenzheng.html");
        var account = await app.Factory.CreateClerkAsync("clerk", "401002");
        string region;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var imports = services.GetRequiredService<DocumentImport>();
            var signIn = services.GetRequiredService<SignInManager<JixiaoUser>>();
            var db = services.GetRequiredService<JixiaoDbContext>();
            var clerk = await UserAccess.LoadAsync(db, await signIn.CreateUserPrincipalAsync(account));
            region = clerk.OwnRegionCode!;
            // The clerk's own region, another department (430): refused, nothing stored.
            var read = DocumentFiles.Read(path, new ReadOptions { RegionCode = region, UnitCode = "430001" });
            var refused = await imports.ImportAsync(read, clerk, new ImportRequest("clerk", "department.html"));
            Assert.Null(refused.Result);
            Assert.Contains("不管理该部门的任何单位", refused.Refusal, StringComparison.Ordinal);

            var adminAccount = await services.GetRequiredService<UserManager<JixiaoUser>>().FindByNameAsync(Admin);
            var admin = await UserAccess.LoadAsync(db, await signIn.CreateUserPrincipalAsync(adminAccount!));
            var imported = await imports.ImportAsync(read, admin, new ImportRequest("admin", "department.html"));
            Assert.NotNull(imported.Result);

            // A save of the Part 1 form (overall goal, sub-goals, safeguards) keeps the table's other parts.
            var saved = await services.GetRequiredService<DocumentStore>().SavePart1Async(imported.Result!.DocumentId,
                new Jixiao.Domain.Goals.DepartmentGoals { OverallGoal = "做好涉案、价格认定工作。" }, new ImportRequest("admin", "web"));
            Assert.NotNull(saved);
            Assert.Null(saved.Refusal);
        }

        var unitId = await app.Factory.QueryAsync(db => db.Units.Where(u => u.RegionCode == region && u.Code == "430001").Select(u => u.Id).SingleAsync());
        var browser = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var page = await browser.GetOkAsync($"/Units/{unitId}?Year=2023");

        Assert.Contains("id=\"department-table\"", page, StringComparison.Ordinal);
        Assert.Equal("负责价格认定工作", Cell(page, "department-duties"));
        Assert.Equal("做好涉案、价格认定工作。", Cell(page, "department-overall-goal"));
        var rows = Regex.Matches(page, "<tr class=\"department-indicator\"><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td>")
            .Select(m => string.Join("|", m.Groups.Values.Skip(1).Select(g => WebUtility.HtmlDecode(g.Value))));
        Assert.Equal(
            ["产出指标|数量指标|业务工作支出安排金额|28.8万元", "产出指标|质量指标|业务工作支出到位率|100%", "产出指标|时效指标|工作安排时间|按月安排",
             "产出指标|成本指标|社会成本指标|100%", "效益指标|社会效益指标|保证单位正常运转|应保尽保"],
            rows);

        // The review judged the table's rows as Part 1: its findings are listed with Part 1's, on the unit page and the
        // review list, named by the table's row.
        var findings = new[] { "部门整体绩效目标表第3行“工作安排时间”是时效指标", "部门整体绩效目标表第4行“社会成本指标”是成本指标", "部门整体绩效目标表没有任何“满意度指标”" };
        var decoded = WebUtility.HtmlDecode(page);
        var part1 = decoded[decoded.IndexOf("id=\"part1-findings\"", StringComparison.Ordinal)..];
        Assert.All(findings, m => Assert.Contains(m, part1, StringComparison.Ordinal));
        var review = WebUtility.HtmlDecode(await browser.GetOkAsync($"/Review?region={region}&year=2023"));
        Assert.All(findings, m => Assert.Contains(m, review, StringComparison.Ordinal));
    }

    private static string Cell(string page, string id) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"id=\"{id}\">([^<]*)<").Groups[1].Value).Trim();
}
