namespace Jixiao.Domain.Review;

/// <summary>What the review found: every finding (document-level first, then table by table in document order),
/// each table's score and grade, and the document's.</summary>
public sealed record ReviewReport
{
    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyList<TableScore> TableScores { get; init; }

    public decimal DocumentScore { get; init; }

    public Grade DocumentGrade { get; init; }

    /// <summary>Id of the review profile used.</summary>
    public string ProfileId { get; init; } = "default";

    /// <summary>The rules that ran, for headings and the rule catalogue.</summary>
    public required IReadOnlyList<ReviewRule> Rules { get; init; }

    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    public int Infos => Findings.Count(f => f.Severity == Severity.Info);

    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>Findings about Part 1 or the document as a whole (no project table).</summary>
    public IEnumerable<Finding> DocumentFindings => Findings.Where(f => f.ProjectSequence is null && f.ProjectCode is null);

    public ReviewRule? Rule(string id) => Rules.FirstOrDefault(r => r.Id == id);
}
