using Jixiao.Domain.Library;

namespace Jixiao.Application.Library;

/// <summary>A region's library at one stamp (<see cref="LibraryCatalog"/>), with lookups by key.</summary>
public sealed class LibrarySnapshot(string regionCode, string stamp, IReadOnlyList<LibraryItem> items)
{
    private readonly Dictionary<string, LibraryItem> _byKey = items.GroupBy(i => i.Entry.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public string RegionCode { get; } = regionCode;

    public string Stamp { get; } = stamp;

    public IReadOnlyList<LibraryItem> Items { get; } = items;

    public LibraryItem? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Suggestions for what the editor typed, best first (<see cref="SuggestionRanker"/>).</summary>
    public IReadOnlyList<LibraryItem> Suggest(SuggestionContext context, int take = 8)
    {
        var ranked = SuggestionRanker.Rank(Items.Select(i => i.Candidate), context, take);
        return [.. ranked.Select(c => _byKey[c.Entry.Key])];
    }
}
