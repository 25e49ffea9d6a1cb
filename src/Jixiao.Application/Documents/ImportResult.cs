using Jixiao.Application.Review;

namespace Jixiao.Application.Documents;

/// <summary>The outcome of importing one document.</summary>
public sealed record ImportResult(int DocumentId, bool DocumentCreated, IReadOnlyList<string> Part1Changes, IReadOnlyList<ProjectChange> Projects)
{
    public int Added => Projects.Count(p => p.Kind == ProjectChangeKind.Added);

    public int Changed => Projects.Count(p => p.Kind == ProjectChangeKind.Changed);

    public int Unchanged => Projects.Count(p => p.Kind == ProjectChangeKind.Unchanged);

    public int Removed => Projects.Count(p => p.Kind == ProjectChangeKind.Removed);

    /// <summary>The file holds exactly what is stored: importing it changes nothing.</summary>
    public bool ChangesNothing => !DocumentCreated && Added == 0 && Changed == 0 && Removed == 0 && Part1Changes.Count == 0 && !Part1Emptied;

    /// <summary>The review run the same write stored; null when the document was not reviewed (unchanged and
    /// reviewed before, or the review was turned off).</summary>
    public ReviewSummary? Review { get; init; }

    /// <summary>Part 1 was filled before and the imported document has none: the import empties it.</summary>
    public bool Part1Emptied { get; init; }

    /// <summary>True when the import changed nothing in the database.</summary>
    public bool NothingChanged => !DocumentCreated && Part1Changes.Count == 0 && Added + Changed + Removed == 0;
}
