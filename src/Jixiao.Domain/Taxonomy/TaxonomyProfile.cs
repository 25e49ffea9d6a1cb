using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Taxonomy;

/// <summary>
/// 指标体系: the allowed 一级/二级指标 of a document and their synonyms (DOMAIN.md §3.1, TAX-03). Profiles are
/// JSON data so a province can change them without code; A and B ship with Jixiao.
/// </summary>
public sealed class TaxonomyProfile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<TaxonomyProfile> BuiltInA = new(() => LoadBuiltIn("A"));
    private static readonly Lazy<TaxonomyProfile> BuiltInB = new(() => LoadBuiltIn("B"));

    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);

    // Key of an older form's wording → the canonical name it stands for (项目完成 → 产出指标).
    private readonly Dictionary<string, string> _former = new(StringComparer.Ordinal);

    private TaxonomyProfile(string id, string name, string source, IReadOnlyList<TaxonomyLevel1> level1, IReadOnlyDictionary<string, string> synonyms,
        string currentForm, IReadOnlyDictionary<string, IReadOnlyList<string>> formerNames)
    {
        Id = id;
        Name = name;
        Source = source;
        Level1 = level1;
        Synonyms = synonyms;
        CurrentForm = currentForm;
        FormerNames = formerNames;
        foreach (var (canonical, wordings) in formerNames)
        {
            foreach (var wording in wordings)
            {
                _former.TryAdd(Key(wording), canonical);
            }
        }

        foreach (var l1 in level1)
        {
            _canonical[Key(l1.Name)] = l1.Name;
            foreach (var l2 in l1.Level2)
            {
                _canonical[Key(l2)] = l2;
            }
        }

        foreach (var (synonym, canonical) in synonyms)
        {
            _canonical.TryAdd(Key(synonym), canonical);
        }
    }

    public string Id { get; }

    public string Name { get; }

    public string Source { get; }

    public IReadOnlyList<TaxonomyLevel1> Level1 { get; }

    public IReadOnlyDictionary<string, string> Synonyms { get; }

    /// <summary>The public document whose form names the levels as this profile does ("财预〔2015〕88号"), for the
    /// note on a table written with an older form's names.</summary>
    public string CurrentForm { get; }

    /// <summary>Names older provincial forms give the same levels: canonical name ← older wordings (项目完成指标,
    /// 预期产出指标 → 产出指标; 满意度指标 as a 二级 → 服务对象满意度指标). Data, so a province adds its old form's words.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FormerNames { get; }

    /// <summary>88号 style, as in the seed document.</summary>
    public static TaxonomyProfile A => BuiltInA.Value;

    /// <summary>101号 style, 成本指标 as 一级指标.</summary>
    public static TaxonomyProfile B => BuiltInB.Value;

    public static IReadOnlyList<TaxonomyProfile> BuiltIn => [A, B];

    /// <summary>The built-in profile with this id (case-insensitive), or null.</summary>
    public static TaxonomyProfile? Find(string id) =>
        BuiltIn.FirstOrDefault(p => string.Equals(p.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a profile from its JSON form (the shape of Taxonomy/Profiles/A.json).</summary>
    public static TaxonomyProfile FromJson(string json)
    {
        var data = JsonSerializer.Deserialize<ProfileData>(json, JsonOptions)
            ?? throw new FormatException("指标体系文件为空。");
        if (string.IsNullOrWhiteSpace(data.Id) || data.Level1 is not { Count: > 0 })
        {
            throw new FormatException("指标体系文件缺少 id 或 level1。");
        }

        var level1 = data.Level1.Select(l => new TaxonomyLevel1(l.Name, l.Level2 ?? [])).ToList();
        var known = level1.Select(l => l.Name).Concat(level1.SelectMany(l => l.Level2)).ToHashSet(StringComparer.Ordinal);
        var former = data.FormerNames ?? [];
        if (former.Keys.FirstOrDefault(k => !known.Contains(k)) is { } stray)
        {
            throw new FormatException($"指标体系文件的 formerNames 中“{stray}”不是本体系的一级或二级指标。");
        }

        return new TaxonomyProfile(data.Id, data.Name ?? data.Id, data.Source ?? string.Empty, level1, data.Synonyms ?? [],
            data.CurrentForm ?? string.Empty, former.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>The canonical name of a 一级 or 二级指标 written in a document: synonyms resolved, full-width
    /// forms and spaces ignored, a missing trailing "指标" accepted. Null when the profile does not know it.</summary>
    /// <remarks>Looked up by span: the key without its "指标" would otherwise be a string for every level name read.</remarks>
    public string? Canonical(string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        var key = ChineseText.Key(name).AsSpan();
        if (key.EndsWith("指标", StringComparison.Ordinal) && key.Length > 2)
        {
            key = key[..^2];
        }

        return _canonical.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var canonical) ? canonical : null;
    }

    /// <summary>The canonical name an older form's wording stands for (项目完成指标 → 产出指标), or null. Which level
    /// it names is the caller's to check: 满意度指标 written as a 二级 is the older 服务对象满意度指标.</summary>
    public string? FormerName(string name) =>
        name.Length > 0 && _former.TryGetValue(Key(name), out var canonical) ? canonical : null;

    /// <summary>The canonical 一级指标 of a name as written: its current name or synonym, else an older form's
    /// wording for a 一级指标; null when neither.</summary>
    public string? CanonicalLevel1(string name) =>
        FindLevel1(name)?.Name ?? (FormerName(name) is { } former && Level1.Any(l => l.Name == former) ? former : null);

    /// <summary>The canonical 二级指标 of a name as written (current name, synonym or an older form's wording for
    /// a 二级指标), or null.</summary>
    public string? CanonicalLevel2(string name)
    {
        if (Canonical(name) is { } c && Level1Of(c) is not null)
        {
            return c;
        }

        return FormerName(name) is { } former && Level1Of(former) is not null ? former : null;
    }

    public TaxonomyLevel1? FindLevel1(string name)
    {
        var canonical = Canonical(name);
        return canonical is null ? null : Level1.FirstOrDefault(l => l.Name == canonical);
    }

    /// <summary>True when (level1, level2) is a valid pair in this profile (TAX-02).</summary>
    public bool IsValidPair(string level1, string level2)
    {
        var l1 = FindLevel1(level1);
        var l2 = Canonical(level2);
        return l1 is not null && l2 is not null && l1.Level2.Contains(l2);
    }

    /// <summary>The 一级指标 a 二级指标 belongs to in this profile, or null.</summary>
    public string? Level1Of(string level2)
    {
        var l2 = Canonical(level2);
        return l2 is null ? null : Level1.FirstOrDefault(l => l.Level2.Contains(l2))?.Name;
    }

    /// <summary>Match key: half-width, no spaces, trailing "指标" dropped (TAX-03).</summary>
    private static string Key(string name)
    {
        var key = ChineseText.Key(name);
        return key.EndsWith("指标", StringComparison.Ordinal) && key.Length > 2 ? key[..^2] : key;
    }

    private static TaxonomyProfile LoadBuiltIn(string id)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Jixiao.Taxonomy.{id}.json")
            ?? throw new InvalidOperationException($"内置指标体系 {id} 缺失。");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private sealed class ProfileData
    {
        public string Id { get; set; } = string.Empty;

        public string? Name { get; set; }

        public string? Source { get; set; }

        public List<Level1Data>? Level1 { get; set; }

        public Dictionary<string, string>? Synonyms { get; set; }

        public string? CurrentForm { get; set; }

        public Dictionary<string, List<string>>? FormerNames { get; set; }
    }

    private sealed class Level1Data
    {
        public string Name { get; set; } = string.Empty;

        [JsonPropertyName("level2")]
        public List<string>? Level2 { get; set; }
    }
}
