using Jixiao.Application.Review;
using Jixiao.Domain.Goals;

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

    /// <summary>What the import kept of the stored document because the file's form does not have that part (a file
    /// of the department's table alone keeps the stored project tables …), said in full sentences; empty when the
    /// file replaced the whole document.</summary>
    public IReadOnlyList<string> Kept { get; init; } = [];

    /// <summary>The document as stored by the import — the file with the parts it kept — which the same write
    /// reviews; null for a result not made by an import.</summary>
    public PerformanceDocument? Stored { get; init; }

    /// <summary>True when the import changed nothing in the database.</summary>
    public bool NothingChanged => !DocumentCreated && Part1Changes.Count == 0 && Added + Changed + Removed == 0;
}
