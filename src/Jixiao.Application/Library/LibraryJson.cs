using System.Text.Json;
using Jixiao.Domain.Library;

namespace Jixiao.Application.Library;

/// <summary>How a library entry is stored (<see cref="Data.Entities.LibraryIndicator.Details"/>) and exported: camelCase
/// JSON, Chinese unescaped so an exported file is readable.</summary>
public static class LibraryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(LibraryEntry entry) => JsonSerializer.Serialize(entry, Options);

    public static LibraryEntry Read(string json) => JsonSerializer.Deserialize<LibraryEntry>(json, Options) ?? new LibraryEntry();
}
