using System.Text;
using System.Text.Json;

namespace Jixiao.Domain.Text;

/// <summary>
/// Walks a JSON text once and finds the first string (value or property name) holding an
/// <see cref="UnsafeCharacters"/> character, with its path (<c>projects[2].indicators[0].name</c>); nesting deeper than
/// <see cref="MaxDepth"/> is reported rather than thrown. Used on API request bodies and on imported documents (as
/// their JSON form), so both follow one rule.
/// </summary>
public static class JsonTextScan
{
    /// <summary>No form of ours nests deeper than a dozen levels; 32 leaves room and stops a stack-deep body early.</summary>
    public const int MaxDepth = 32;

    /// <returns>Null when the text is clean; else the path and the character; <see cref="Finding.TooDeep"/> for nesting
    /// beyond <see cref="MaxDepth"/>. Malformed JSON is not this scan's business (null: the endpoint reports it).</returns>
    public static Finding? Scan(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth + 1, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<object>();
        var lastProperty = string.Empty;
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth > MaxDepth)
                {
                    return new Finding(Path(path), null, TooDeep: true);
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (path.Count > 0 && path[^1] is int index)
                        {
                            path[^1] = index + 1;
                        }

                        path.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : string.Empty);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        lastProperty = reader.GetString() ?? string.Empty;
                        path[^1] = lastProperty;
                        if (UnsafeCharacters.Find(lastProperty, isName: false) is { } inName)
                        {
                            return new Finding(Path(path), inName);
                        }

                        break;
                    default:
                        if (path.Count > 0 && path[^1] is int at)
                        {
                            path[^1] = at + 1;
                        }

                        // The bytes are checked as they are (names' rule, the wider one); only a string that may hold an
                        // unsafe character, or holds escapes, is decoded and checked by its field's rule.
                        if (reader.TokenType == JsonTokenType.String
                            && (reader.ValueIsEscaped || reader.HasValueSequence || UnsafeCharacters.InUtf8(reader.ValueSpan, isName: true))
                            && UnsafeCharacters.Find(reader.GetString(), UnsafeCharacters.IsNameField(path.Count > 0 && path[^1] is string p ? p : lastProperty)) is { } c)
                        {
                            return new Finding(Path(path), c);
                        }

                        break;
                }
            }
        }
        catch (JsonException) when (reader.CurrentDepth >= MaxDepth)
        {
            return new Finding(Path(path), null, TooDeep: true);
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    /// <summary>The path as <c>a.b[0].c</c>; array positions are the element's index (the counter holds index + 1).</summary>
    private static string Path(List<object> path)
    {
        var sb = new StringBuilder();
        foreach (var part in path)
        {
            switch (part)
            {
                case int i when i > 0:
                    sb.Append('[').Append(i - 1).Append(']');
                    break;
                case string { Length: > 0 } name:
                    sb.Append(sb.Length > 0 ? "." : string.Empty).Append(name);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Where (<paramref name="Path"/>, empty for the top level) and which character; or nesting too deep.</summary>
    public sealed record Finding(string Path, char? Character, bool TooDeep = false);
}
