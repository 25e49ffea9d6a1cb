using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Domain.Review;

/// <summary>
/// 审核规则配置: thresholds, word lists, scoring and per-rule switches. The default ships embedded
/// (Review/Profiles/default.json); a province writes a JSON file with only what it changes, which is laid over the
/// default (objects merge key by key, lists and values replace).
/// </summary>
public sealed class ReviewProfile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonDocumentOptions NodeOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<string> DefaultJson = new(ReadDefaultJson);
    private static readonly Lazy<ReviewProfile> BuiltInDefault = new(() => Deserialize(JsonNode.Parse(DefaultJson.Value, documentOptions: NodeOptions)!));

    public string Id { get; init; } = "default";

    public string Name { get; init; } = string.Empty;

    public string Source { get; init; } = string.Empty;

    public ReviewScoring Scoring { get; init; } = new();

    public ReviewThresholds Thresholds { get; init; } = new();

    public ReviewWords Words { get; init; } = new();

    public Dictionary<string, RuleSetting> Rules { get; init; } = [];

    /// <summary>The built-in profile (DOMAIN.md §11 defaults).</summary>
    public static ReviewProfile Default => BuiltInDefault.Value;

    /// <summary>Reads a province's profile: its JSON laid over the default. Throws <see cref="FormatException"/>
    /// with a Chinese message when the file is not such a profile.</summary>
    public static ReviewProfile FromJson(string json)
    {
        JsonNode? overlay;
        try
        {
            overlay = JsonNode.Parse(json, documentOptions: NodeOptions);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"审核规则配置文件不是有效的 JSON（第 {ex.LineNumber + 1} 行）：{ex.Message}", ex);
        }

        if (overlay is not JsonObject overlayObject)
        {
            throw new FormatException("审核规则配置文件应为一个 JSON 对象（{ … }）。");
        }

        var merged = JsonNode.Parse(DefaultJson.Value, documentOptions: NodeOptions)!.AsObject();
        Merge(merged, overlayObject);
        var profile = Deserialize(merged);
        foreach (var (id, setting) in profile.Rules)
        {
            if (setting.Severity is not null && ParseSeverity(setting.Severity) is null)
            {
                throw new FormatException($"审核规则配置中规则 {id} 的 severity“{setting.Severity}”无效，应为 error、warning 或 info。");
            }
        }

        return profile;
    }

    public bool IsEnabled(string ruleId) => !Rules.TryGetValue(ruleId, out var s) || s.Enabled;

    /// <summary>The severity the profile sets for a rule, or null to keep the rule's own.</summary>
    public Severity? SeverityOverride(string ruleId) =>
        Rules.TryGetValue(ruleId, out var s) && s.Severity is not null ? ParseSeverity(s.Severity) : null;

    public static Severity? ParseSeverity(string text) => text.Trim().ToLowerInvariant() switch
    {
        "error" or "e" or "错误" => Severity.Error,
        "warning" or "w" or "警告" => Severity.Warning,
        "info" or "i" or "提示" => Severity.Info,
        _ => null,
    };

    private static ReviewProfile Deserialize(JsonNode node)
    {
        try
        {
            return node.Deserialize<ReviewProfile>(JsonOptions) ?? throw new FormatException("审核规则配置为空。");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"审核规则配置中“{ex.Path}”的取值类型不对：{ex.Message}", ex);
        }
    }

    private static void Merge(JsonObject target, JsonObject overlay)
    {
        foreach (var (key, value) in overlay.ToList())
        {
            var name = target.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) ?? key;
            if (value is JsonObject child && target[name] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                overlay.Remove(key);
                target[name] = value;
            }
        }
    }

    private static string ReadDefaultJson()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jixiao.Review.default.json")
            ?? throw new InvalidOperationException("内置审核规则配置缺失。");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
