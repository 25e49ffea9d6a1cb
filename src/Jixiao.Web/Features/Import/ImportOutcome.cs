using Jixiao.Application.Documents;
using Jixiao.Documents.GoalTables;

namespace Jixiao.Web.Features.Import;

/// <summary>What an API import did, the reader's warnings, and how each table's columns were read.</summary>
public sealed record ImportOutcome(int DocumentId, bool DocumentCreated, int Added, int Changed, int Unchanged, int Removed, IReadOnlyList<ProjectChange> Projects,
    IReadOnlyList<string> Warnings, MappingReport Mapping)
{
    /// <summary>What the import kept of the stored document because the file does not have that part (a file of the
    /// department's table alone keeps the stored project tables), one sentence each.</summary>
    public IReadOnlyList<string> Kept { get; init; } = [];
}
