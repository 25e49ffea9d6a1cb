namespace Jixiao.Application.Review;

/// <summary>
/// The 审核 list of one filter in the project-name order as its projects in sequence (<see cref="ReviewList.NameOrderAsync"/>),
/// grouped into blocks of one name each: a name's findings are one block of the list, sorted within it by rule and the
/// list's own order across all its projects, so a page is found and read by whole blocks. The names were sorted by the
/// database, as the list sorted them; only the projects and counts are kept.
/// </summary>
public sealed class ReviewNameOrder
{
    private readonly int?[] projectIds;
    private readonly int[] blockStarts;
    private readonly int[] before;

    /// <param name="projectIds">The projects (null: the documents' own findings) in the list's order.</param>
    /// <param name="blockStarts">Where each name's block starts in <paramref name="projectIds"/>, then their length.</param>
    /// <param name="before">The findings before each block, then the total.</param>
    internal ReviewNameOrder(int?[] projectIds, int[] blockStarts, int[] before)
    {
        this.projectIds = projectIds;
        this.blockStarts = blockStarts;
        this.before = before;
    }

    public int Total => before[^1];

    public int Projects => projectIds.Length;

    public int Blocks => blockStarts.Length - 1;

    /// <summary>Estimated bytes kept: the three arrays and the object.</summary>
    public long Bytes => 128 + (8L * projectIds.Length) + (4L * blockStarts.Length) + (4L * before.Length);

    /// <summary>The projects of the blocks that hold findings skip .. skip + take (null among them: the documents' own
    /// findings), and where the page starts within the first block's findings; none past the end.</summary>
    internal (IReadOnlyList<int?> ProjectIds, int Offset) OfPage(int skip, int take)
    {
        if (take <= 0 || skip >= Total)
        {
            return ([], 0);
        }

        // The block that holds finding skip: before[] rises strictly (every block holds a finding) from 0.
        var first = Array.BinarySearch(before, 0, before.Length - 1, skip);
        first = first >= 0 ? first : ~first - 1;

        var last = first;
        while (last + 1 < before.Length - 1 && before[last + 1] < skip + take)
        {
            last++;
        }

        return (projectIds[blockStarts[first]..blockStarts[last + 1]], skip - before[first]);
    }
}
