using Jixiao.Documents.GoalTables;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents;

/// <summary>What a reader made of a file: the document (as far as it could be read) and every problem found.
/// A document with any error must not be imported.</summary>
public sealed record ReadResult(PerformanceDocument Document, IReadOnlyList<ReadProblem> Problems)
{
    /// <summary>How the tables were read (headings → fields); empty for formats that need no mapping (JSON, the bulk
    /// workbook).</summary>
    public MappingReport Mapping { get; init; } = MappingReport.Empty;

    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<ReadProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
}
