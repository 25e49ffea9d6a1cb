using System.Net;
using Jixiao.Domain;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The region's review rules as a table on the settings page: each rule by its title, on or off, with the
/// region's severity; only changed rows are written into the configuration's "rules", beside what the JSON says.</summary>
public abstract partial class ExecutionWebTests
{
    private const string SettingsUrl = "/Execution/Settings/130102";

    [SkippableFact]
    public async Task ReviewRuleTable_SwitchesRulesAndSeverities_WithoutJson_AndKeepsHandEdits()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var page = await admin.GetOkAsync(SettingsUrl);
        var table = Section(page, "review-rules");
        Assert.Equal(ReviewRules.All.Count, table.Split("<tr data-rule=", StringSplitOptions.None).Length - 1);
        Assert.Contains($"<th scope=\"row\">{RuleTitles.Of("VAL-05")}</th>", table, StringComparison.Ordinal);
        Assert.DoesNotContain(">VAL-05", table, StringComparison.Ordinal); // the id keys the field, users read the title
        var fields = Browser.FormFields(page, "settings-form");
        Assert.Equal("true", fields["RuleChoices.Rules[VAL-05].Enabled"]);
        Assert.Equal(string.Empty, fields["RuleChoices.Rules[VAL-11].Severity"]);

        // VAL-05 off, VAL-11 an error: the configuration holds exactly those two rows.
        var saved = await admin.SubmitAsync(SettingsUrl, page, "settings-form",
            new Dictionary<string, string> { ["RuleChoices.Rules[VAL-11].Severity"] = "error" },
            new Dictionary<string, string[]> { ["RuleChoices.Rules[VAL-05].Enabled"] = [] });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = ReviewProfile.FromJson((await ReviewJsonAsync(app))!);
        Assert.False(profile.IsEnabled("VAL-05"));
        Assert.Equal(Severity.Error, profile.SeverityOverride("VAL-11"));
        Assert.Equal(ReviewRules.All.Count - 1, ReviewRules.All.Count(r => profile.IsEnabled(r.Id)));
        Assert.Equal(1, ReviewRules.All.Count(r => profile.SeverityOverride(r.Id) is not null));
        page = await admin.GetOkAsync(SettingsUrl);
        fields = Browser.FormFields(page, "settings-form");
        Assert.False(fields.ContainsKey("RuleChoices.Rules[VAL-05].Enabled"));
        Assert.Equal("error", fields["RuleChoices.Rules[VAL-11].Severity"]);

        // A hand edit of the JSON (a threshold) with the table unchanged keeps the table's rules and adds the threshold.
        var json = fields["ReviewProfileJson"];
        var edited = json.Insert(json.IndexOf('{', StringComparison.Ordinal) + 1, "\n  \"thresholds\": { \"nearDuplicateGoalSimilarity\": 0.7 },");
        saved = await admin.SubmitAsync(SettingsUrl, page, "settings-form", new Dictionary<string, string> { ["ReviewProfileJson"] = edited });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (await ReviewJsonAsync(app))!;
        Assert.Contains("nearDuplicateGoalSimilarity", stored, StringComparison.Ordinal);
        Assert.False(ReviewProfile.FromJson(stored).IsEnabled("VAL-05"));

        // Back to the built-in rows and no JSON left: the region uses the default again.
        page = await admin.GetOkAsync(SettingsUrl);
        saved = await admin.SubmitAsync(SettingsUrl, page, "settings-form", new Dictionary<string, string>
        {
            ["RuleChoices.Rules[VAL-05].Enabled"] = "true",
            ["RuleChoices.Rules[VAL-11].Severity"] = string.Empty,
            ["ReviewProfileJson"] = string.Empty,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Null(await ReviewJsonAsync(app));
    }

    private static Task<string?> ReviewJsonAsync(TestApp app) =>
        app.Factory.QueryAsync(db => db.Regions.Where(r => r.Code == "130102").Select(r => r.ReviewProfileJson).SingleAsync());
}
