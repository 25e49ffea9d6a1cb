using Jixiao.Application.Review;

namespace Jixiao.Web.Features.Review;

/// <summary>The findings of one rule about one project (or about the document as a whole) on a page of the 审核 list:
/// shown under one heading, with the advice written once when every finding of the group has the same.</summary>
public sealed record FindingGroup(IReadOnlyList<FindingRow> Findings)
{
    public FindingRow First => Findings[0];

    /// <summary>The advice all findings share, or null when they differ (then each row shows its own).</summary>
    public string? SharedFix => Findings.Count > 1 && Findings.All(f => f.Fix == First.Fix) ? First.Fix : null;

    /// <summary>The groups of <paramref name="page"/>, in the order their first finding appears (the list's sort).</summary>
    public static IReadOnlyList<FindingGroup> Of(IEnumerable<FindingRow> page) =>
        [.. page.GroupBy(f => (f.DocumentId, f.ProjectId, f.RuleId)).Select(g => new FindingGroup([.. g]))];
}
