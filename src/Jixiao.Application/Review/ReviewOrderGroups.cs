namespace Jixiao.Application.Review;

/// <summary>The 审核 list of one filter in a severity or rule order as its groups in sequence
/// (<see cref="ReviewList.GroupsAsync"/>): a page is found by summing the groups' counts, then read from its groups.</summary>
public sealed record ReviewOrderGroups(string Sort, IReadOnlyList<ReviewOrderGroup> Groups)
{
    public int Total => Groups.Sum(g => g.Count);
}
