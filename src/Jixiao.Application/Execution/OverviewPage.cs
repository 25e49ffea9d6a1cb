namespace Jixiao.Application.Execution;

/// <summary>One page of the list and how many lines match the filter.</summary>
public sealed record OverviewPage(IReadOnlyList<OverviewLine> Lines, int Matching, int Page, int PageCount);
