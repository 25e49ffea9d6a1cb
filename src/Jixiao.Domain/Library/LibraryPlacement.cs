namespace Jixiao.Domain.Library;

/// <summary>Where an indicator sat in tables of one taxonomy profile (A = 88号 style, B = 101号 style).</summary>
public sealed record LibraryPlacement(string Profile, string Level1, string Level2, int Count);
