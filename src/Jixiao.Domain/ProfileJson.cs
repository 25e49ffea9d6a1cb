using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Domain;

/// <summary>Reading the JSON profiles (scoring, monitoring) that ship as embedded resources or come from a region's
/// own file: camelCase, comments and trailing commas allowed, enums by name.</summary>
internal static class ProfileJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static T Deserialize<T>(string json, string what)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new FormatException($"{what}文件为空。");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{what}文件不是有效的 JSON（第 {(ex.LineNumber ?? 0) + 1} 行）：{ex.Message}", ex);
        }
    }

    public static string ReadResource(string logicalName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"内置配置 {logicalName} 缺失。");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
