using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Grid;

/// <summary>
/// Labels as data: which texts name which field. Built from JSON (<c>{"Field": ["label", …], …}</c>, fields in
/// order of precedence) so a new province's wording is a line of data, not code. A text matches when its
/// <see cref="GridText.Key"/> equals a label, with a four-digit year read as "{年}" ("预期2022年实现值" matches
/// "预期{年}年实现值"); failing that, when it does without its parenthesised addition; failing that, when one
/// character differs from a label of at least five characters.
/// </summary>
public sealed partial class LabelSet
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _labels = new(StringComparer.Ordinal);
    private readonly List<string> _fieldOrder = [];

    // Indexes of the labels above, built once: Match runs for every cell of every table read.
    private readonly Dictionary<string, string[]> _normalisedLabels = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(string Label, string Field)>> _byLength = [];
    private readonly Dictionary<string, List<string>> _byStart = new(StringComparer.Ordinal);

    /// <summary>The exact match of each label, made once: a match is immutable, and most cells that name a field name it
    /// exactly (every heading and head label of every table read).</summary>
    private readonly Dictionary<string, LabelMatch> _exact = new(StringComparer.Ordinal);

    public LabelSet(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (field, labels) in fields)
        {
            _fieldOrder.Add(field);
            _labels[field] = [.. labels];
            foreach (var label in labels)
            {
                // The first field to claim a label keeps it: order is precedence.
                _fields.TryAdd(Normalise(GridText.Key(label)), field);
            }

            _normalisedLabels[field] = [.. labels.Select(l => Normalise(GridText.Key(l)))];
        }

        foreach (var (label, field) in _fields)
        {
            _exact[label] = new LabelMatch(field, LabelMatchKind.Exact, label, string.Empty);
            if (!_byLength.TryGetValue(label.Length, out var sameLength))
            {
                _byLength[label.Length] = sameLength = [];
            }

            sameLength.Add((label, field));
            if (label.Length >= StartLength)
            {
                var start = label[..StartLength];
                if (!_byStart.TryGetValue(start, out var sameStart))
                {
                    _byStart[start] = sameStart = [];
                }

                sameStart.Add(label);
            }
        }
    }

    /// <summary>The shortest label <see cref="MatchStart"/> finds at the start of a text.</summary>
    private const int StartLength = 3;

    /// <summary>The fields in order of precedence.</summary>
    public IReadOnlyList<string> Fields => _fieldOrder;

    /// <summary>The labels listed for <paramref name="field"/>, as written in the data (for messages saying what
    /// was expected).</summary>
    public IReadOnlyList<string> LabelsOf(string field) => _labels.TryGetValue(field, out var labels) ? labels : [];

    [GeneratedRegex(@"(?:19|20)\d{2}(?=年)")]
    private static partial Regex Year();

    /// <summary>Reads <c>{"Field": ["label", …]}</c>.</summary>
    public static LabelSet FromJson(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var fields = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            fields.Add(new(property.Name, [.. property.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty)]));
        }

        return new LabelSet(fields);
    }

    /// <summary>Reads an embedded JSON resource of <paramref name="assembly"/>.</summary>
    public static LabelSet FromResource(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{name} is not embedded");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    /// <summary>The field <paramref name="text"/> names, or null when it names none.</summary>
    public LabelMatch? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length is 0 or > 60 ? null : Match(text.Length, GridText.Key(text));
    }

    /// <summary><see cref="Match(string)"/> of a text of <paramref name="length"/> characters whose
    /// <see cref="GridText.Key"/> is <paramref name="key"/> (a cell computes its key once).</summary>
    internal LabelMatch? Match(int length, string key)
    {
        if (length is 0 or > 60 || key.Length == 0)
        {
            return null;
        }

        var normal = Normalise(key);
        if (_fields.TryGetValue(normal, out var field))
        {
            return normal == key ? _exact[normal] : new LabelMatch(field, LabelMatchKind.Exact, key, string.Empty);
        }

        var (baseKey, qualifier) = GridText.SplitQualifier(normal);
        if (qualifier.Length > 0 && _fields.TryGetValue(baseKey, out field))
        {
            return new LabelMatch(field, LabelMatchKind.Qualified, key, qualifier);
        }

        return Fuzzy(baseKey, key, qualifier);
    }

    /// <summary>A label run together with its value in one cell without a colon ("其中:上级资金16"): the longest label
    /// of at least three characters the text starts with, followed by a number; null otherwise.</summary>
    public (LabelMatch Match, string Value)? MatchStart(string text) => MatchStartOfKey(GridText.Key(text));

    /// <summary><see cref="MatchStart"/> of a text whose <see cref="GridText.Key"/> is <paramref name="key"/>.</summary>
    internal (LabelMatch Match, string Value)? MatchStartOfKey(string key)
    {
        if (key.Length < 4 || key.Length > 60 || !_byStart.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key.AsSpan(0, StartLength), out var candidates))
        {
            return null;
        }

        string? best = null;
        foreach (var label in candidates)
        {
            if (label.Length >= 3 && label.Length < key.Length && key.StartsWith(label, StringComparison.Ordinal)
                && (char.IsAsciiDigit(key[label.Length]) || key[label.Length] is '.' or '-') && (best is null || label.Length > best.Length))
            {
                best = label;
            }
        }

        return best is null ? null : (_exact[best], key[best.Length..]);
    }

    /// <summary>True when <paramref name="text"/> starts with a label of <paramref name="field"/> of at least four
    /// characters, or is one ("财政资金管理科室(盖章) 年 月 日" starts with an end label).</summary>
    public bool StartsWithLabelOf(string text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        return StartsWithLabelOfKey(GridText.Key(text), field);
    }

    /// <summary><see cref="StartsWithLabelOf"/> of a text whose <see cref="GridText.Key"/> is <paramref name="key"/>.</summary>
    internal bool StartsWithLabelOfKey(string key, string field)
    {
        if (!_normalisedLabels.TryGetValue(field, out var labels))
        {
            return false;
        }

        foreach (var l in labels)
        {
            if (key == l || (l.Length >= 4 && key.StartsWith(l, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private LabelMatch? Fuzzy(string baseKey, string key, string qualifier)
    {
        // Four-character labels differ from each other by one character too often (绩效目标, 绩效指标) to guess.
        if (baseKey.Length < 5 || baseKey.Length > 16)
        {
            return null;
        }

        string? found = null;
        for (var length = baseKey.Length - 1; length <= baseKey.Length + 1; length++)
        {
            if (!_byLength.TryGetValue(length, out var sameLength))
            {
                continue;
            }

            foreach (var (label, field) in sameLength)
            {
                if (label.Length >= 5 && WithinOneEdit(label, baseKey))
                {
                    if (found is not null && found != field)
                    {
                        return null; // close to labels of two fields: not a guess worth making
                    }

                    found = field;
                }
            }
        }

        return found is null ? null : new LabelMatch(found, LabelMatchKind.Fuzzy, key, qualifier);
    }

    /// <remarks>The pattern only where a year can be (a '年' and a digit): most keys with 年 have none (年度目标).</remarks>
    private static string Normalise(string key) =>
        key.Contains('年', StringComparison.Ordinal) && HasDigit(key) ? Year().Replace(key, "{年}") : key;

    /// <summary>Any decimal digit, as the pattern's \d reads it (Unicode Nd).</summary>
    private static bool HasDigit(string key)
    {
        foreach (var c in key)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one substitution, insertion or deletion turns <paramref name="a"/> into
    /// <paramref name="b"/> (or they are equal).</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        var i = 0;
        while (i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return a.AsSpan(i + Math.Min(1, a.Length - i)).SequenceEqual(b.AsSpan(i + Math.Min(1, b.Length - i)));
        }

        return a.Length == b.Length + 1 && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i));
    }
}
