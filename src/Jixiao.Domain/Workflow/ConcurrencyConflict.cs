namespace Jixiao.Domain.Workflow;

/// <summary>A refused save: the user edited <see cref="BaseVersion"/> but others saved the versions in
/// <see cref="SavedMeanwhile"/> since. <see cref="Message"/> names them and what they changed.</summary>
public sealed record ConcurrencyConflict(long BaseVersion, long CurrentVersion, IReadOnlyList<SavedVersion> SavedMeanwhile, string Message);
