namespace Jixiao.Application.Documents;

/// <summary>One entry of a project's version history: who, when, from which file, and what changed.</summary>
public sealed record VersionInfo(int Number, string CreatedBy, DateTime CreatedAt, string SourceFile, IReadOnlyList<string> Changes);
