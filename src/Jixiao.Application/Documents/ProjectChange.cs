namespace Jixiao.Application.Documents;

/// <summary>What an import did to one project: the version it created (or null when nothing changed) and the
/// changed fields.</summary>
public sealed record ProjectChange(string ProjectCode, string ProjectName, ProjectChangeKind Kind, int Version, IReadOnlyList<string> Changes);
