using System.Text.Json.Serialization;

namespace Jixiao.Domain.Library;

/// <summary>
/// One indicator of a region's library (or of the national base, region ""), learned from approved tables: its key
/// and most written name, where it sits (一级/二级 per taxonomy profile), units and directions with the spread of
/// targets, bases written with it, what review found on it (by rule title) and where it is used.
/// </summary>
public sealed record LibraryEntry
{
    public string RegionCode { get; init; } = string.Empty;

    /// <summary><see cref="IndicatorNames.Key"/> of the name.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>The spelling written most often.</summary>
    public string Name { get; init; } = string.Empty;

    public string Level1 { get; init; } = string.Empty;

    public string Level2 { get; init; } = string.Empty;

    /// <summary>Rows written with it.</summary>
    public int Uses { get; init; }

    public int Projects { get; init; }

    public int FirstYear { get; init; }

    public int LastYear { get; init; }

    /// <summary>Rows on which review found something.</summary>
    public int FlaggedRows { get; init; }

    public IReadOnlyList<LibraryCount> Spellings { get; init; } = [];

    public IReadOnlyList<LibraryPlacement> Placements { get; init; } = [];

    /// <summary>Most used unit first; "" is a target without unit (qualitative or a date).</summary>
    public IReadOnlyList<LibraryUnitFacts> Units { get; init; } = [];

    public IReadOnlyList<LibraryCount> Bases { get; init; } = [];

    /// <summary>Review findings on its rows, by the rule's Chinese title.</summary>
    public IReadOnlyList<LibraryCount> Flags { get; init; } = [];

    /// <summary>Departments by code (Detail: the name).</summary>
    public IReadOnlyList<LibraryCount> Departments { get; init; } = [];

    /// <summary>Project kinds by name keyword (<see cref="ProjectKinds"/>).</summary>
    public IReadOnlyList<LibraryCount> Keywords { get; init; } = [];

    /// <summary>A few project codes (or names, for tables without codes) that use it.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>Where a seeded entry comes from (framework facts); empty for learned ones.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The unit written most often, or null when none was.</summary>
    [JsonIgnore]
    public LibraryUnitFacts? MainUnit => Units.Count > 0 ? Units[0] : null;

    public LibraryUnitFacts? UnitFacts(string unit) => Units.FirstOrDefault(u => u.Unit == unit);
}
