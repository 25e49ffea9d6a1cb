using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Jixiao.Domain.Values;

/// <summary>
/// The unit dictionary (Values/units.json, embedded) and the composition rules over it: a 万/亿/千/百 prefix on any
/// unit (万株, 千元), a 个 classifier (个工作日, 个百分点, 个乡镇), A/B (元/亩, 人次/年) and A·B (人·年; * and × are read
/// as ·). Resolving the same unit again is a dictionary look-up: units repeat on almost every row.
/// </summary>
public sealed class UnitCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<UnitCatalog> BuiltIn = new(Load);
    private readonly ConcurrentDictionary<string, UnitReading> _resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitDimension> _base = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _fen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly (string Prefix, decimal Factor)[] _prefixes;

    private UnitCatalog(UnitFile file)
    {
        Add(file.Percent, UnitDimension.Percent, "%");
        Add(file.Permille, UnitDimension.Permille, "‰");
        Add(file.PercentagePoint, UnitDimension.PercentagePoint, "个百分点");
        Add(file.Count, UnitDimension.Count);
        Add(file.Length, UnitDimension.Length);
        Add(file.Area, UnitDimension.Area);
        Add(file.Volume, UnitDimension.Volume);
        Add(file.Mass, UnitDimension.Mass);
        Add(file.Energy, UnitDimension.Energy);
        Add(file.Time, UnitDimension.Time);
        Add(file.Score, UnitDimension.Score);
        Add(file.Ratio, UnitDimension.Ratio);
        Add(file.Other, UnitDimension.Other);
        foreach (var (unit, fen) in file.Money)
        {
            _base[unit] = UnitDimension.Money;
            _fen[unit] = fen;
        }

        foreach (var (alias, canonical) in Aliases)
        {
            _canonical[alias] = canonical;
        }

        _prefixes = [.. file.Prefixes.OrderByDescending(p => p.Key.Length).Select(p => (p.Key, p.Value))];
        Placeholders = new HashSet<string>(file.Placeholders, StringComparer.Ordinal);
        PlaceholderSymbols = file.PlaceholderSymbols;
    }

    /// <summary>The built-in dictionary.</summary>
    public static UnitCatalog Default => BuiltIn.Value;

    /// <summary>Whole-cell placeholder words (待定, 暂无, /, ——).</summary>
    public IReadOnlySet<string> Placeholders { get; }

    /// <summary>Characters a template uses for a blank to fill (X, ×, *, ＊).</summary>
    public string PlaceholderSymbols { get; }

    // Symbols and spellings that mean the same unit; compared in their canonical form.
    private static readonly (string Alias, string Canonical)[] Aliases =
    [
        ("㎡", "平方米"), ("m²", "平方米"), ("m2", "平方米"), ("km²", "平方公里"), ("km2", "平方公里"), ("k㎡", "平方公里"),
        ("m³", "立方米"), ("m3", "立方米"), ("km", "公里"), ("m", "米"), ("cm", "厘米"), ("mm", "毫米"), ("kg", "千克"),
        ("t", "吨"), ("kW", "千瓦"), ("kWh", "千瓦时"), ("h", "小时"), ("min", "分钟"), ("百分点", "个百分点"),
    ];

    /// <summary>Reads a unit as written after a number ("万株", "元/人*月", "个工作日"); empty text is <see cref="UnitReading.None"/>.</summary>
    public UnitReading Resolve(string unit)
    {
        if (unit.Length == 0)
        {
            return UnitReading.None;
        }

        if (_resolved.TryGetValue(unit, out var known))
        {
            return known;
        }

        var reading = Compose(unit) with { Text = unit };
        if (_resolved.Count < 10_000)
        {
            _resolved[unit] = reading;
        }

        return reading;
    }

    private UnitReading Compose(string unit)
    {
        var u = unit.Replace('*', '·').Replace('×', '·').Replace('‧', '·').Replace('•', '·').Replace('・', '·').Replace('∙', '·').Replace('／', '/');
        var slash = u.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && slash < u.Length - 1)
        {
            var parts = u.Split('/');
            var readings = parts.Select(p => p.Length == 0 ? null : Compose(p)).ToArray();
            if (readings.Any(r => r is null))
            {
                return Unknown(u);
            }

            var first = readings[0]!;
            return new UnitReading
            {
                Canonical = string.Join("/", readings.Select(r => r!.Canonical)),
                Dimension = UnitDimension.PerUnit,
                Numerator = first.Dimension,
                IsKnown = readings.All(r => r!.IsKnown),
                FenPerUnit = first.FenPerUnit,
                Scale = first.Scale,
            };
        }

        var dot = u.IndexOf('·', StringComparison.Ordinal);
        if (dot > 0 && dot < u.Length - 1)
        {
            var parts = u.Split('·').Select(Compose).ToArray();
            return new UnitReading
            {
                Canonical = string.Join("·", parts.Select(p => p.Canonical)),
                Dimension = UnitDimension.Other,
                Numerator = parts[0].Dimension,
                IsKnown = parts.All(p => p.IsKnown),
            };
        }

        return Base(u) ?? Classified(u) ?? Prefixed(u) ?? Unknown(u);
    }

    private UnitReading? Base(string u)
    {
        var canonical = _canonical.TryGetValue(u, out var c) ? c : u;
        if (!_base.TryGetValue(canonical, out var dimension) && !_base.TryGetValue(u, out dimension))
        {
            return null;
        }

        var name = dimension switch
        {
            UnitDimension.Percent => "%",
            UnitDimension.Permille => "‰",
            UnitDimension.PercentagePoint => "个百分点",
            _ => canonical,
        };
        return new UnitReading { Canonical = name, Dimension = dimension, Numerator = dimension, IsKnown = true, FenPerUnit = _fen.TryGetValue(u, out var fen) ? fen : null };
    }

    /// <summary>"个工作日", "个月", "个乡镇": the classifier 个 before a unit or before a short noun counted.</summary>
    private UnitReading? Classified(string u)
    {
        if (u.Length < 2 || u[0] != '个')
        {
            return null;
        }

        var rest = Compose(u[1..]);
        if (rest.IsKnown)
        {
            return rest with { Canonical = rest.Dimension == UnitDimension.Time ? "个" + rest.Canonical : rest.Canonical };
        }

        return u.Length <= 5 && u.All(char.IsLetter)
            ? new UnitReading { Canonical = u, Dimension = UnitDimension.Count, Numerator = UnitDimension.Count, IsKnown = true }
            : null;
    }

    private UnitReading? Prefixed(string u)
    {
        foreach (var (prefix, factor) in _prefixes)
        {
            if (!u.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (u.Length == prefix.Length)
            {
                // "100万": a bare multiplier; tables write it for 万元 and for counts alike.
                return new UnitReading { Canonical = u, Dimension = UnitDimension.Count, Numerator = UnitDimension.Count, IsKnown = true, Scale = factor };
            }

            var rest = Compose(u[prefix.Length..]);
            if (rest.IsKnown && rest.Dimension is not (UnitDimension.Percent or UnitDimension.Permille or UnitDimension.PercentagePoint))
            {
                return rest with
                {
                    Canonical = prefix + rest.Canonical,
                    Scale = rest.Scale * factor,
                    FenPerUnit = rest.FenPerUnit is { } fen ? checked((long)(fen * factor)) : null,
                };
            }
        }

        return null;
    }

    private static UnitReading Unknown(string u) =>
        new() { Canonical = u, Dimension = UnitDimension.Unknown, Numerator = UnitDimension.Unknown, IsKnown = false };

    private void Add(IEnumerable<string> units, UnitDimension dimension, string? canonical = null)
    {
        foreach (var unit in units)
        {
            _base[unit] = dimension;
            if (canonical is not null && unit != canonical)
            {
                _canonical[unit] = canonical;
            }
        }
    }

    private static UnitCatalog Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jixiao.Values.units.json")
            ?? throw new InvalidOperationException("内置计量单位字典缺失。");
        var file = JsonSerializer.Deserialize<UnitFile>(stream, JsonOptions) ?? throw new InvalidOperationException("内置计量单位字典为空。");
        return new UnitCatalog(file);
    }

    private sealed class UnitFile
    {
        public string[] Percent { get; init; } = [];

        public string[] Permille { get; init; } = [];

        public string[] PercentagePoint { get; init; } = [];

        public Dictionary<string, long> Money { get; init; } = [];

        public string[] Count { get; init; } = [];

        public string[] Length { get; init; } = [];

        public string[] Area { get; init; } = [];

        public string[] Volume { get; init; } = [];

        public string[] Mass { get; init; } = [];

        public string[] Energy { get; init; } = [];

        public string[] Time { get; init; } = [];

        public string[] Score { get; init; } = [];

        public string[] Ratio { get; init; } = [];

        public string[] Other { get; init; } = [];

        public Dictionary<string, decimal> Prefixes { get; init; } = [];

        public string[] Placeholders { get; init; } = [];

        public string PlaceholderSymbols { get; init; } = string.Empty;
    }
}
