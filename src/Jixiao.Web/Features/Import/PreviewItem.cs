using Jixiao.Documents;
using Jixiao.Domain.Goals;

namespace Jixiao.Web.Features.Import;

/// <summary>One uploaded file as read: what it contains, every problem, and whether it can be imported.</summary>
public sealed record PreviewItem(string FileName, long Size, PerformanceDocument Document, IReadOnlyList<ReadProblem> Problems, string? Refusal, string Json)
{
    public bool CanImport => Refusal is null && !Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
