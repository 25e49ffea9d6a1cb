using Jixiao.Documents;
using Jixiao.Documents.GoalTables;
using Jixiao.Domain.Goals;

namespace Jixiao.Web.Features.Import;

/// <summary>One uploaded file as read: what it contains, how its tables were read (<see cref="Mapping"/>), every
/// problem, and whether it can be imported.</summary>
public sealed record PreviewItem(string FileName, long Size, PerformanceDocument Document, IReadOnlyList<ReadProblem> Problems, string? Refusal, string Json)
{
    public MappingReport Mapping { get; init; } = MappingReport.Empty;

    public bool CanImport => Refusal is null && !Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
