using Jixiao.Domain.Taxonomy;

namespace Jixiao.Domain.Library;

/// <summary>
/// The national facts the library starts from, as data with their source: the common indicators of purchase,
/// training, meeting and writing projects (Library/framework.json), placed in the 一级/二级 structure of the
/// built-in taxonomy profiles (which carry their own source: 财预〔2015〕88号, 财预〔2021〕101号). They form the national
/// base (region "") before any table is approved.
/// </summary>
public sealed class FrameworkIndicators
{
    private static readonly Lazy<FrameworkIndicators> BuiltIn = new(() =>
        ProfileJson.Deserialize<FrameworkIndicators>(ProfileJson.ReadResource("Jixiao.Library.framework.json"), "指标库基础数据"));

    public static FrameworkIndicators Default => BuiltIn.Value;

    public string Source { get; init; } = string.Empty;

    public List<Item> Indicators { get; init; } = [];

    /// <summary>The seeded entries of the national base, one per indicator, placed in profile A and — where profile
    /// B has the same 二级 — in profile B.</summary>
    public IReadOnlyList<LibraryEntry> Entries()
    {
        var entries = new List<LibraryEntry>(Indicators.Count);
        foreach (var item in Indicators)
        {
            var placements = new List<LibraryPlacement> { new(TaxonomyProfile.A.Id, item.Level1, item.Level2, 0) };
            if (TaxonomyProfile.B.Level1Of(item.Level2) is { } level1B)
            {
                placements.Add(new LibraryPlacement(TaxonomyProfile.B.Id, level1B, item.Level2, 0));
            }

            entries.Add(new LibraryEntry
            {
                RegionCode = LibraryAggregator.National,
                Key = IndicatorNames.Key(item.Name),
                Name = item.Name,
                Level1 = item.Level1,
                Level2 = item.Level2,
                Placements = placements,
                Units = item.Unit.Length == 0 ? [] : [new LibraryUnitFacts(item.Unit, 0, 0, 0, 0, null, [])],
                Keywords = [new LibraryCount(item.Kind, 0)],
                Source = $"{Source}；{TaxonomyProfile.A.Source}",
            });
        }

        return entries;
    }

    public sealed class Item
    {
        public string Kind { get; init; } = string.Empty;

        public string Level1 { get; init; } = string.Empty;

        public string Level2 { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public string Unit { get; init; } = string.Empty;
    }
}
