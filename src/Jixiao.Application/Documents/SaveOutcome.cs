
namespace Jixiao.Application.Documents;

/// <summary>A form save: stored (<see cref="Result"/>) or refused with a Chinese message (<see cref="Refusal"/>) and
/// why (<see cref="OutcomeKind.Forbidden"/>: locked; <see cref="OutcomeKind.Conflict"/>: saved by someone else meanwhile).</summary>
public sealed record SaveOutcome(ImportResult? Result, string? Refusal, OutcomeKind Kind)
{
    public static SaveOutcome Saved(ImportResult result) => new(result, null, OutcomeKind.Done);

    public static SaveOutcome Refused(OutcomeKind kind, string message) => new(null, message, kind);
}
