using Jixiao.Application.Documents;
using Jixiao.Documents;
using Jixiao.Documents.GoalTables;
using Jixiao.Domain.Goals;

namespace Jixiao.Web.Features.Import;

/// <summary>One uploaded file as read: what it contains, how its tables were read (<see cref="Mapping"/>), every
/// problem, whether it can be imported and, when it can, what the import would do (<see cref="Plan"/>: the projects it
/// adds, changes and removes, an emptied Part 1).</summary>
public sealed record PreviewItem(string FileName, long Size, PerformanceDocument Document, IReadOnlyList<ReadProblem> Problems, string? Refusal, string Json,
    ImportResult? Plan = null)
{
    public MappingReport Mapping { get; init; } = MappingReport.Empty;

    public bool CanImport => Refusal is null && !Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
