using Jixiao.Domain;

namespace Jixiao.Data.Entities;

/// <summary>One run of the automatic (or a manual) review over a department document: its score, grade and
/// findings. The latest run per document gives the grade shown in unit lists.</summary>
public class ReviewRun
{
    public long Id { get; set; }

    public int DocumentId { get; set; }

    public DepartmentDocument? Document { get; set; }

    /// <summary>Review profile or rule-set id the run used.</summary>
    public string Profile { get; set; } = string.Empty;

    /// <summary>Quality score 0–100.</summary>
    public decimal Score { get; set; }

    public Grade Grade { get; set; }

    public int ErrorCount { get; set; }

    public int WarningCount { get; set; }

    public string RunBy { get; set; } = string.Empty;

    public DateTime RunAt { get; set; }

    /// <summary>The run whose findings (and their counts) are this run's: its own id when it stored them, or the
    /// findings run of the document's previous run when this run found exactly the same (docs/adr/0013). Never
    /// decreases within a document, so the latest findings are those of the greatest.</summary>
    public long FindingsRunId { get; set; }

    /// <summary>SHA-256 of the findings as stored (<c>FindingsDigest</c> in the application), by which the next run
    /// knows whether it found the same; null for runs stored before it existed (the next run stores its own).</summary>
    public byte[]? FindingsDigest { get; set; }

    /// <summary>The findings the run found (all of them, also when they are stored under <see cref="FindingsRunId"/>).</summary>
    public List<ReviewFinding> Findings { get; set; } = [];
}
