using System.Collections.Concurrent;

namespace Jixiao.Domain.Library;

/// <summary>
/// What review asks of a region's library: the entry of an indicator (its targets so far, per unit), whether the
/// region or the national base knows a name at all, and the nearest names it does know. Built once per review from
/// the stored library; <see cref="RegionUses"/> says how much history there is (a new region has none to compare).
/// </summary>
public sealed class LibraryHistory
{
    private readonly Dictionary<string, LibraryEntry> _entries;
    private readonly HashSet<string> _known;
    private readonly (string Key, string Name)[] _names;
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <param name="regionEntries">The region's learned entries (with their figures).</param>
    /// <param name="otherKnown">Keys known otherwise: the national base, the bureau's curated names.</param>
    /// <param name="regionNames">Every key and name of the region's library, for <see cref="Nearest"/>; the entries'
    /// own when null.</param>
    public LibraryHistory(IEnumerable<LibraryEntry> regionEntries, IEnumerable<string> otherKnown, int regionUses,
        IEnumerable<(string Key, string Name)>? regionNames = null)
    {
        _entries = regionEntries.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _names = regionNames is null ? [.. _entries.Values.Select(e => (e.Key, e.Name))] : [.. regionNames];
        _known = new HashSet<string>(otherKnown, StringComparer.Ordinal);
        _known.UnionWith(_names.Select(n => n.Key));
        RegionUses = regionUses;
    }

    /// <summary>Indicator rows of approved tables in the region's library.</summary>
    public int RegionUses { get; }

    public string KeyOf(string name) => _keys.GetOrAdd(name, IndicatorNames.Key);

    public LibraryEntry? Find(string name) => _entries.GetValueOrDefault(KeyOf(name));

    public bool Knows(string name) => _known.Contains(KeyOf(name));

    /// <summary>Up to <paramref name="take"/> names of the region's library most like <paramref name="name"/> (Dice of
    /// bigrams at least <paramref name="least"/>), most alike first.</summary>
    public IReadOnlyList<string> Nearest(string name, int take = 3, double least = 0.3)
    {
        var key = KeyOf(name);
        return [.. _names.Select(n => (n.Name, Similarity: NameSimilarity.Dice(key, n.Key)))
            .Where(n => n.Similarity >= least)
            .OrderByDescending(n => n.Similarity).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(take).Select(n => n.Name)];
    }
}
