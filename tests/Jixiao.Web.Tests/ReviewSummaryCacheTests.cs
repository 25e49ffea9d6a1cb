using Jixiao.Application.Review;
using Jixiao.Web.Features.Review;

namespace Jixiao.Web.Tests;

/// <summary>The 审核 list's summary cache is bounded by the estimated bytes of what it keeps, whatever the number of
/// filters, clerks and write stamps asking; a summary is computed once per key while it is kept.</summary>
public sealed class ReviewSummaryCacheTests
{
    [Fact]
    public async Task ManyKeys_StayWithinTheLimit_AndAKeptSummaryIsNotComputedAgain()
    {
        var summary = Summary(units: 1000);
        var size = ReviewSummaryCache.SizeOf(summary);
        Assert.InRange(size, 1000 * 100, 1000 * 400); // a line of a unit code and name is charged some hundred bytes
        using var cache = new ReviewSummaryCache(limitBytes: 3 * size);
        var computed = 0;
        Task<ReviewListSummary> Compute(CancellationToken _)
        {
            computed++;
            return Task.FromResult(summary);
        }

        Assert.Same(summary, await cache.GetAsync("a", Compute, CancellationToken.None));
        Assert.Same(summary, await cache.GetAsync("a", Compute, CancellationToken.None));
        Assert.Equal(1, computed);
        for (var i = 0; i < 50; i++)
        {
            await cache.GetAsync("stamp-" + i, Compute, CancellationToken.None);
            Assert.InRange(cache.Size, 0, cache.Limit);
            Assert.InRange(cache.Count, 0, 3);
        }

        Assert.Equal(51, computed);
        // A summary larger than the whole limit is answered but not kept.
        using var small = new ReviewSummaryCache(limitBytes: size - 1);
        await small.GetAsync("big", Compute, CancellationToken.None);
        Assert.Equal(0, small.Count);
    }

    private static ReviewListSummary Summary(int units) => new(0, units, 0,
        [.. Enumerable.Range(1, units).Select(i => new FindingCount($"130600{i:D5}", $"第{i}单位", 0, 1, 0))],
        [new FindingCount("VAL-11", "规则", 0, units, 0)],
        [(1L, units)]);
}
