namespace Jixiao.Documents;

/// <summary>What a reader made of a file other than a goal document (a 自评表, a 监控表, payment records): the value,
/// as far as it could be read, and every problem with its location. A value with any error must not be used.</summary>
public sealed record FileRead<T>(T? Value, IReadOnlyList<ReadProblem> Problems)
    where T : class
{
    public bool HasErrors => Value is null || Problems.Any(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<ReadProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
}
