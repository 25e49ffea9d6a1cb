using Jixiao.Data.Import;

namespace Jixiao.Web.Editing;

/// <summary>A form save: stored (<see cref="Result"/>) or refused with a Chinese message (<see cref="Refusal"/>) and
/// the HTTP status that goes with it (403 locked, 409 saved by someone else meanwhile).</summary>
public sealed record SaveOutcome(ImportResult? Result, string? Refusal, int Status)
{
    public static SaveOutcome Saved(ImportResult result) => new(result, null, StatusCodes.Status200OK);

    public static SaveOutcome Refused(int status, string message) => new(null, message, status);
}
