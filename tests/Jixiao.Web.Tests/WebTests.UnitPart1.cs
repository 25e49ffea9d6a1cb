using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The unit page reads the department's Part 1 — the document, its sub-goals and its safeguards — in one
/// statement (joined, a product of the two lists): each sub-goal and safeguard is shown once, in its stored order.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task UnitPage_ShowsEachSubGoalAndSafeguardOnce_InTheirOrder()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var stored = await app.Factory.QueryAsync(async db =>
        {
            var document = await db.Documents.OrderByDescending(d => db.DocumentSubGoals.Count(s => s.DocumentId == d.Id) * db.DocumentSafeguards.Count(s => s.DocumentId == d.Id))
                .Select(d => new { d.Id, d.FiscalYear, d.RegionCode, d.DepartmentCode, d.OverallGoal }).FirstAsync();
            var unitId = await db.Units.Where(u => u.RegionCode == document.RegionCode && u.DepartmentCode == document.DepartmentCode).Select(u => u.Id).FirstAsync();
            var subGoals = await db.DocumentSubGoals.Where(s => s.DocumentId == document.Id).OrderBy(s => s.Position).Select(s => $"（{s.Number}）{s.Title}|{s.GoalText}|{s.IndicatorText}").ToListAsync();
            var safeguards = await db.DocumentSafeguards.Where(s => s.DocumentId == document.Id).OrderBy(s => s.Position).Select(s => $"（{s.Number}）{s.Title}完成保障措施：{s.Text}").ToListAsync();
            return (document.Id, document.FiscalYear, document.OverallGoal, unitId, subGoals, safeguards);
        });
        Assert.True(stored.subGoals.Count > 1 && stored.safeguards.Count > 1, "the test needs a document with several sub-goals and safeguards");

        var page = await admin.GetOkAsync($"/Units/{stored.unitId}?Year={stored.FiscalYear}");

        Assert.Contains($"href=\"/Documents/{stored.Id}/Workflow\"", page, StringComparison.Ordinal);
        Assert.Equal(stored.OverallGoal, Decode(Regex.Match(page, "<p id=\"overall-goal\">([^<]*)</p>").Groups[1].Value));
        var subGoals = Regex.Matches(page, "<div class=\"subgoal\">\\s*<strong>([^<]*)</strong>\\s*<p>绩效目标：([^<]*)</p>\\s*<p>绩效指标：([^<]*)</p>")
            .Select(m => $"{Decode(m.Groups[1].Value)}|{Decode(m.Groups[2].Value)}|{Decode(m.Groups[3].Value)}");
        Assert.Equal(stored.subGoals, subGoals);
        var part1 = page[page.IndexOf("<h3>三、工作保障措施</h3>", StringComparison.Ordinal)..page.IndexOf("<h2>第二部分", StringComparison.Ordinal)];
        Assert.Equal(stored.safeguards, Regex.Matches(part1, "<p>(（[^<]*)</p>").Select(m => Decode(m.Groups[1].Value)));
    }

    private static string Decode(string html) => WebUtility.HtmlDecode(html).Trim();
}
