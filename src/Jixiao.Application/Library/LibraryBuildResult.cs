namespace Jixiao.Application.Library;

/// <summary>What a build did: indicator rows read, entries written over how many regions (the national base counting
/// as one), time spent reading and in all.</summary>
public sealed record LibraryBuildResult(int Rows, int Entries, int Regions, TimeSpan Reading, TimeSpan Total);
