using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Domain.Goals;

namespace Jixiao.Data.Mapping;

/// <summary>Labelled texts (评分标准, extra columns) stored as one JSON text column: <c>[{"label":…,"text":…}]</c>,
/// or empty for none, so rows without them take no space and compare equal.</summary>
public static class LabeledTextJson
{
    /// <summary>Camel case, Chinese kept as written: the options of every JSON text column.</summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IReadOnlyList<LabeledText> values) =>
        values.Count == 0 ? string.Empty : JsonSerializer.Serialize(values.Select(v => new Item(v.Label, v.Text)), Options);

    public static IReadOnlyList<LabeledText> Read(string json) =>
        string.IsNullOrEmpty(json) ? [] : [.. (JsonSerializer.Deserialize<List<Item>>(json, Options) ?? []).Select(i => new LabeledText(i.Label ?? string.Empty, i.Text ?? string.Empty))];

    private sealed record Item(string? Label, string? Text);
}
