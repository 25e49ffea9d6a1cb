namespace Jixiao.Application.Review;

/// <summary>What the 审核 list shows above its page of findings, counted over every finding the filter matches:
/// totals per severity, the lines per unit and per rule (most errors, then warnings first; the rules also fill the rule
/// filter), and the count of each latest run in the list's order (to find a page's runs).</summary>
public sealed record ReviewListSummary(
    int Errors,
    int Warnings,
    int Infos,
    IReadOnlyList<FindingCount> ByUnit,
    IReadOnlyList<FindingCount> ByRule,
    IReadOnlyList<(long RunId, int Count)> Runs)
{
    public int Total => Errors + Warnings + Infos;
}
