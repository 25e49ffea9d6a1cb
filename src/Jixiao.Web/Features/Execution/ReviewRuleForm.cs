using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Domain.Review;

namespace Jixiao.Web.Features.Execution;

/// <summary>
/// The rules part of a region's 审核规则配置 as a table instead of JSON: each rule by its Chinese title, on or off,
/// and the severity the region gives it (or the rule's own). Thresholds, word lists and scoring stay in the JSON under
/// 高级. Only the rows the user changed are written into that JSON, so a hand edit of its "rules" is not undone by
/// a table posted unchanged.
/// </summary>
public sealed class ReviewRuleForm
{
    /// <summary>The select's value for "the rule's own severity".</summary>
    public const string OwnSeverity = "";

    private static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Per rule id (the form's field key, never shown).</summary>
    public Dictionary<string, ReviewRuleChoice> Rules { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The severities a region may choose, as the select offers them.</summary>
    public static IReadOnlyList<(string Value, string Label)> Severities { get; } =
        [("error", Severity.Error.ToChinese()), ("warning", Severity.Warning.ToChinese()), ("info", Severity.Info.ToChinese())];

    /// <summary>The table as the region's saved configuration sets it (the built-in default when it sets nothing or
    /// cannot be read).</summary>
    public static ReviewRuleForm From(string? savedJson)
    {
        var profile = ReviewProfile.Default;
        if (!string.IsNullOrWhiteSpace(savedJson))
        {
            try
            {
                profile = ReviewProfile.FromJson(savedJson);
            }
            catch (FormatException)
            {
                // Saved configurations were checked when saved; an unreadable one shows the defaults and the JSON box says why.
            }
        }

        var form = new ReviewRuleForm();
        foreach (var rule in ReviewRules.All)
        {
            form.Rules[rule.Id] = new ReviewRuleChoice
            {
                Shown = true,
                Enabled = profile.IsEnabled(rule.Id),
                Severity = profile.SeverityOverride(rule.Id) is { } s ? Severities.First(x => ReviewProfile.ParseSeverity(x.Value) == s).Value : OwnSeverity,
            };
        }

        return form;
    }

    /// <summary>
    /// <paramref name="json"/> (the configuration as posted) with the rows that differ from <paramref name="shown"/>
    /// written into its "rules"; null when nothing is left (the built-in default). Unchanged rows and unreadable JSON
    /// return <paramref name="json"/> as it is (saving then names the JSON's error).
    /// </summary>
    public string? ApplyTo(string? json, ReviewRuleForm shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var changed = Rules.Where(r => r.Value.Shown && shown.Rules.TryGetValue(r.Key, out var before) && !before.SameAs(r.Value)).ToList();
        if (changed.Count == 0)
        {
            return json;
        }

        JsonObject root;
        try
        {
            root = string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json, documentOptions: ReadOptions) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return json;
        }

        var rules = root["rules"] as JsonObject ?? [];
        foreach (var (id, choice) in changed)
        {
            var entry = rules[id] as JsonObject ?? [];
            entry.Remove("enabled");
            entry.Remove("severity");
            if (!choice.Enabled)
            {
                entry["enabled"] = false;
            }

            if (!string.IsNullOrEmpty(choice.Severity))
            {
                entry["severity"] = choice.Severity;
            }

            rules.Remove(id);
            if (entry.Count > 0)
            {
                rules[id] = entry;
            }
        }

        root.Remove("rules");
        if (rules.Count > 0)
        {
            root["rules"] = rules;
        }

        return root.Count == 0 ? null : root.ToJsonString(WriteOptions);
    }
}
