namespace Jixiao.Application.Library;

/// <summary>How an import of curation ended: its message, and how many indicators it saved.</summary>
public sealed record LibraryImportResult(OutcomeKind Kind, string Message, int Saved = 0)
{
    public static LibraryImportResult Refused(OutcomeKind kind, string message) => new(kind, message);
}
