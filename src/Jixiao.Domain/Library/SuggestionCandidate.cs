namespace Jixiao.Domain.Library;

/// <summary>A library indicator as the ranking sees it, with the bureau's curation (recommended, retired).</summary>
public sealed record SuggestionCandidate(LibraryEntry Entry, bool Recommended = false, bool Retired = false, bool OwnRegion = true);
