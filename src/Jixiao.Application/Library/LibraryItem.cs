using Jixiao.Data.Entities;
using Jixiao.Domain.Library;

namespace Jixiao.Application.Library;

/// <summary>One indicator as a region sees it: the learned entry (its own, or the national base's), and the bureau's
/// curation when there is one.</summary>
public sealed record LibraryItem(LibraryEntry Entry, bool OwnRegion, LibraryCuration? Curation)
{
    public bool Recommended => Curation?.Recommended == true;

    /// <summary>Retired, or merged into another indicator: no longer suggested.</summary>
    public bool Retired => Curation is { } c && (c.Retired || c.MergedInto.Length > 0);

    public string RecommendedBasis => Curation?.RecommendedBasis ?? string.Empty;

    /// <summary>The basis to offer: the bureau's, else the one written most often.</summary>
    public string Basis => RecommendedBasis.Length > 0 ? RecommendedBasis : Entry.Bases.Count > 0 ? Entry.Bases[0].Text : string.Empty;

    public SuggestionCandidate Candidate => new(Entry, Recommended, Retired, OwnRegion);

    /// <summary>"≥ 93.75～98.5 %" — where the middle half of the targets in the main unit lie; empty without figures.</summary>
    public string TypicalRange => Entry.MainUnit is { Distribution: { } d } u
        ? d.Q1 == d.Q3 ? $"{u.Direction}{Number(d.Median)}{u.Unit}" : $"{u.Direction}{Number(d.Q1)}～{Number(d.Q3)}{u.Unit}"
        : string.Empty;

    /// <summary>A typical target to fill in: the main unit's direction, median and unit.</summary>
    public string TypicalTarget => Entry.MainUnit is { Distribution: { } d } u ? $"{u.Direction}{Number(d.Median)}{u.Unit}" : string.Empty;

    public static string Number(decimal value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
