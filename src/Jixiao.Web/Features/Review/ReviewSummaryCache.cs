using Jixiao.Application.Review;
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

    public async Task<ReviewListSummary> GetAsync(string key, Func<CancellationToken, Task<ReviewListSummary>> compute, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (cache.TryGetValue(key, out ReviewListSummary? found) && found is not null)
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

            var summary = await compute(ct).ConfigureAwait(false);
            var size = SizeOf(summary);
            if (size <= Limit)
            {
                cache.Set(key, summary, new MemoryCacheEntryOptions { Size = size, AbsoluteExpirationRelativeToNow = Lifetime });
            }

            return summary;
        }
        finally
        {
            computing.Release();
        }
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
