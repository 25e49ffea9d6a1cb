namespace Jixiao.Data.Entities;

/// <summary>
/// The advice and the source of review findings, stored once per distinct pair and referred to by every finding that
/// carries them (<see cref="ReviewFinding.TextId"/>). A rule's source is the same for all its findings and its advice
/// nearly always is too, so storing them in each finding made the findings larger than the documents they were about.
/// </summary>
public class FindingText
{
    public long Id { get; set; }

    /// <summary>How to fix it, in Chinese (<see cref="Domain.Review.Finding.Fix"/>).</summary>
    public string Fix { get; set; } = string.Empty;

    /// <summary>Where the rule comes from (<see cref="Domain.Review.Finding.Source"/>).</summary>
    public string Source { get; set; } = string.Empty;
}
