using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;

namespace Jixiao.Review.Tests;

/// <summary>For one rule: a change to the clean document that must trigger it, and a near-miss that must not.</summary>
internal sealed record RuleCase(
    string RuleId,
    Func<PerformanceDocument, PerformanceDocument> Trigger,
    Func<PerformanceDocument, PerformanceDocument> Quiet)
{
    public ReviewProfile? TriggerProfile { get; init; }

    public ReviewProfile? QuietProfile { get; init; }

    public ReviewSupplement? TriggerSupplement { get; init; }

    public ReviewSupplement? QuietSupplement { get; init; }
}
