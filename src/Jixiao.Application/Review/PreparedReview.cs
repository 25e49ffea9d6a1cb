namespace Jixiao.Application.Review;

/// <summary>A stored document reviewed but not yet recorded (<see cref="DocumentReviewer.PrepareStoredAsync"/>): what
/// was read (<paramref name="Stamp"/>: when the document changed, its newest current version and their number) and
/// what the review found. Recording checks the stamp again inside its write, so a document changed in between is
/// read and reviewed again there.</summary>
public sealed record PreparedReview(int DocumentId, string Stamp, ReviewOutcome Outcome);
