namespace Jixiao.Web.Features.Execution;

/// <summary>One row of <see cref="ReviewRuleForm"/>. <see cref="Shown"/> tells a row that was on the form (an unticked
/// box sends nothing) from one a post left out.</summary>
public sealed class ReviewRuleChoice
{
    public bool Shown { get; set; }

    public bool Enabled { get; set; }

    /// <summary>"error", "warning", "info", or empty for the rule's own.</summary>
    public string? Severity { get; set; }

    public bool SameAs(ReviewRuleChoice other) =>
        other is not null && Enabled == other.Enabled && (Severity ?? string.Empty) == (other.Severity ?? string.Empty);
}
