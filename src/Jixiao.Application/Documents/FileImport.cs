using Jixiao.Documents;

namespace Jixiao.Application.Documents;

/// <summary>One file through <see cref="DocumentImport"/>: as read, and then refused (<see cref="Refusal"/>, the
/// Chinese reason), unreadable (<see cref="ReadResult.HasErrors"/>) or stored and reviewed (<see cref="Result"/>).</summary>
public sealed record FileImport(ReadResult Read, string? Refusal, ImportResult? Result)
{
    public bool IsUnreadable => Read.HasErrors;

    public bool IsRefused => Refusal is not null;
}
