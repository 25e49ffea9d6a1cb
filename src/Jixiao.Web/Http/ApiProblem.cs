namespace Jixiao.Web.Http;

/// <summary>An error answer of the API before it is written as ProblemDetails: status, Chinese title, a detail that
/// says what went wrong and what to do next, and machine-readable extras (where in the file, which parameter).</summary>
public sealed record ApiProblem(int Status, string Title, string Detail)
{
    public IDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();
}
