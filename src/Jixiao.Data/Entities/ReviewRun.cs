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

    public List<ReviewFinding> Findings { get; set; } = [];
}
