using Jixiao.Application.Review;
using Jixiao.Data;
using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Web.Features.Review;

/// <summary>
/// The 审核 list's summaries (<see cref="ReviewListSummary"/>), kept per region-year, filter and write stamp so that a
/// province's million findings are counted once per write, not per request. A cache of its own with a size limit: the
/// shared memory cache has none, and every filter, clerk and stamp is a key of its own, so entries of older stamps and
/// rare filters piled up until they expired. Each entry is charged its estimated bytes (<see cref="SizeOf"/>); past
/// <see cref="Limit"/> the least recently used go.
/// </summary>
public sealed class ReviewSummaryCache : IDisposable
{
    /// <summary>How long a summary is kept at most: a bound for writes the region-year's stamp would not see (a unit
    /// renamed). Counting a province's million findings takes seconds, so not the dashboard's 30 s.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache cache;

    /// <summary>One summary computed at a time: 50 clients arriving together after a write wait for the first instead
    /// of each scanning the region's findings.</summary>
    private readonly SemaphoreSlim computing = new(1, 1);

    public ReviewSummaryCache(long limitBytes)
    {
        Limit = limitBytes;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = limitBytes, CompactionPercentage = 0.25, TrackStatistics = true });
    }

    /// <summary>The bytes all kept summaries may take together (estimated).</summary>
    public long Limit { get; }

    /// <summary>The estimated bytes of the summaries kept now.</summary>
    public long Size => cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public int Count => cache.Count;

    public Task<ReviewListSummary> GetAsync(string key, Func<CancellationToken, Task<ReviewListSummary>> compute, CancellationToken ct) =>
        GetAsync(key, compute, SizeOf, ct);

    /// <summary>The summary of the filtered list (<see cref="ReviewList.SummarizeAsync"/>) as of the region-year's write
    /// <paramref name="stamp"/>, kept under <see cref="KeyOf"/>.</summary>
    public Task<ReviewListSummary> SummaryAsync(JixiaoDbContext db, FindingFilter filter, string stamp, CancellationToken ct) =>
        GetAsync(KeyOf(filter, stamp), c => ReviewList.SummarizeAsync(db, filter, c), ct);

    /// <summary>The groups of the severity or rule order (<see cref="ReviewList.GroupsAsync"/>) of the filtered list as of
    /// <paramref name="stamp"/>, kept beside its summary.</summary>
    public Task<ReviewOrderGroups> GroupsAsync(JixiaoDbContext db, FindingFilter filter, string stamp, string sort, CancellationToken ct) =>
        GetAsync(KeyOf(filter, stamp) + "|groups|" + sort, c => ReviewList.GroupsAsync(db, filter, sort, c), SizeOf, ct);

    /// <summary>The projects of the project-name order (<see cref="ReviewList.NameOrderAsync"/>) of the filtered list as of
    /// <paramref name="stamp"/>: a new run or a renamed project changes the stamp, so the kept order never hides either.</summary>
    public Task<ReviewNameOrder> NameOrderAsync(JixiaoDbContext db, FindingFilter filter, string stamp, CancellationToken ct) =>
        GetAsync(KeyOf(filter, stamp) + "|names", c => ReviewList.NameOrderAsync(db, filter, c), o => o.Bytes, ct);

    /// <summary>The first page of the filtered list in <paramref name="sort"/> as of <paramref name="stamp"/>: what nearly
    /// every visit asks for, read once per filter, order and write.</summary>
    public Task<IReadOnlyList<FindingRow>> FirstPageAsync(FindingFilter filter, string stamp, string sort,
        Func<CancellationToken, Task<IReadOnlyList<FindingRow>>> read, CancellationToken ct) =>
        GetAsync(KeyOf(filter, stamp) + "|page1|" + sort, read, SizeOf, ct);

    /// <summary>What the list's kept values depend on: the filter (a clerk's units too) and the region-year's write stamp.</summary>
    public static string KeyOf(FindingFilter filter, string stamp)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return string.Join('|', "review-list", filter.RegionCode, filter.Year, filter.RuleId, filter.Severity, filter.UnitId,
            filter.OnlyUnitIds is { } own ? string.Join(',', own.Order()) : "*", stamp);
    }

    /// <summary>What else the list keeps per filter and stamp in the same bytes: the groups of an order
    /// (<see cref="ReviewOrderGroups"/>) and the first page of each order, each charged <paramref name="sizeOf"/>.</summary>
    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> compute, Func<T, long> sizeOf, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(sizeOf);
        if (cache.TryGetValue(key, out T? found) && found is not null)
        {
            return found;
        }

        await computing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (cache.TryGetValue(key, out found) && found is not null)
            {
                return found;
            }

            var value = await compute(ct).ConfigureAwait(false);
            var size = sizeOf(value);
            if (size <= Limit)
            {
                cache.Set(key, value, new MemoryCacheEntryOptions { Size = size, AbsoluteExpirationRelativeToNow = Lifetime });
            }

            return value;
        }
        finally
        {
            computing.Release();
        }
    }

    /// <summary>Estimated bytes of an order's groups (a struct and its unit code each).</summary>
    public static long SizeOf(ReviewOrderGroups groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return 256 + groups.Groups.Sum(g => 48 + (2L * (g.Key.Length + g.UnitCode.Length)) + 40);
    }

    /// <summary>Estimated bytes of a page of rows: their strings and a record each.</summary>
    public static long SizeOf(IReadOnlyList<FindingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return 256 + rows.Sum(r => 160 + (2L * (r.DepartmentName.Length + r.UnitCode.Length + r.UnitName.Length + (r.ProjectCode?.Length ?? 0)
            + r.ProjectName.Length + r.RuleId.Length + (r.Field?.Length ?? 0) + r.Message.Length + r.Fix.Length)) + (7 * 24));
    }

    /// <summary>Estimated bytes of a summary: its lines (a record, two strings) and its runs.</summary>
    public static long SizeOf(ReviewListSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        static long Line(FindingCount c) => 64 + (2L * (c.Key.Length + c.Name.Length)) + 48;
        return 256 + summary.ByUnit.Sum(Line) + summary.ByRule.Sum(Line) + (16L * summary.Runs.Count);
    }

    public void Dispose()
    {
        cache.Dispose();
        computing.Dispose();
    }
}
