using System.Collections.Concurrent;

namespace Jixiao.Application.Review;

/// <summary>
/// The 审核 list of one filter in the project-name order as its projects in sequence (<see cref="ReviewList.NameOrderAsync"/>),
/// grouped into blocks of one name each: a name's findings are one stretch of the list, sorted within it by rule and the
/// list's own order across all its projects, so a page is found and read by whole blocks. The names were sorted by the
/// database, as the list sorted them; only the projects and counts are kept. A name many projects share (a province
/// repeats a few names thousands of times) is split further on demand (<see cref="Part"/>).
/// </summary>
public sealed class ReviewNameOrder
{
    /// <summary>A name's block of at most this many findings is read whole for a page; a larger one through its part
    /// (a page inside a name of 75,000 findings would otherwise sort them all).</summary>
    public const int DefaultReadWhole = 2000;

    /// <summary>The parts of large names kept with the order at most (a page's names, and those of the pages near it).</summary>
    public const int PartsKept = 4;

    private readonly ConcurrentDictionary<int, ReviewNamePart> parts = new();

    internal ReviewNameOrder(int?[] projectIds, ReviewOrderBlocks blocks, int readWhole)
    {
        ProjectIds = projectIds;
        Blocks = blocks;
        ReadWhole = readWhole;
    }

    /// <summary>The most findings of a name read whole for a page (<see cref="DefaultReadWhole"/>).</summary>
    public int ReadWhole { get; }

    /// <summary>The projects (null: the documents' own findings) in the list's order.</summary>
    internal int?[] ProjectIds { get; }

    /// <summary>One block per name.</summary>
    internal ReviewOrderBlocks Blocks { get; }

    public int Total => Blocks.Total;

    public int Projects => ProjectIds.Length;

    public int Names => Blocks.Count;

    /// <summary>Estimated bytes kept: the arrays, and room for the parts of the largest names (a part holds at most a
    /// group per finding of its name).</summary>
    public long Bytes => 128 + (8L * ProjectIds.Length) + Blocks.Bytes
        + (ReviewNamePart.BytesPerGroup * Enumerable.Range(0, Blocks.Count).Select(Blocks.CountOf).Where(c => c > ReadWhole).OrderDescending().Take(PartsKept).Sum(c => (long)c));

    /// <summary>The part of name block <paramref name="block"/>, computed by <paramref name="compute"/> once and kept
    /// (at most <see cref="PartsKept"/>: past that the kept parts are dropped, a page computes its own again).</summary>
    internal async Task<ReviewNamePart> PartAsync(int block, Func<Task<ReviewNamePart>> compute)
    {
        if (parts.TryGetValue(block, out var found))
        {
            return found;
        }

        var part = await compute().ConfigureAwait(false);
        if (parts.Count >= PartsKept)
        {
            parts.Clear();
        }

        parts[block] = part;
        return part;
    }
}

/// <summary>A large name's findings in the project-name order as groups of one (rule, project, project table) in
/// sequence — rule, document, project table, project, as the list orders them after the name —, in blocks of groups
/// the list does not order apart (the same rule, document and table: their findings mix by row and id).</summary>
internal sealed record ReviewNamePart(int?[] ProjectIds, string[] RuleIds, int?[] Sequences, ReviewOrderBlocks Blocks)
{
    /// <summary>Estimated bytes of a group: its project, rule reference, table and the block arrays' share.</summary>
    public const int BytesPerGroup = 32;
}

/// <summary>Groups in sequence split into blocks that a page reads whole: where each block starts among the groups, and
/// the findings before it (then the groups' count and the total).</summary>
internal sealed class ReviewOrderBlocks(int[] starts, int[] before)
{
    public int Total => before[^1];

    public int Count => starts.Length - 1;

    public long Bytes => 4L * (starts.Length + before.Length);

    public int CountOf(int block) => before[block + 1] - before[block];

    public int FindingsBefore(int block) => before[block];

    public Range GroupsOf(int block) => starts[block]..starts[block + 1];

    /// <summary>The blocks that hold findings skip .. skip + take (none past the end).</summary>
    public (int First, int Last)? OfPage(int skip, int take)
    {
        if (take <= 0 || skip >= Total)
        {
            return null;
        }

        // The block that holds finding skip: before[] rises strictly (every block holds a finding) from 0.
        var first = Array.BinarySearch(before, 0, before.Length - 1, skip);
        first = first >= 0 ? first : ~first - 1;
        var last = first;
        while (last + 1 < Count && before[last + 1] < skip + take)
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>Blocks of the groups whose keys are equal by <paramref name="same"/> to the one before, with their counts.</summary>
    public static ReviewOrderBlocks Of(IReadOnlyList<int> counts, Func<int, bool> same)
    {
        var starts = new List<int>();
        var before = new List<int>();
        var total = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            if (i == 0 || !same(i))
            {
                starts.Add(i);
                before.Add(total);
            }

            total += counts[i];
        }

        starts.Add(counts.Count);
        before.Add(total);
        return new ReviewOrderBlocks([.. starts], [.. before]);
    }
}
