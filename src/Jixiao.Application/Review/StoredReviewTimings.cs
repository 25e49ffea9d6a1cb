using System.Diagnostics;

namespace Jixiao.Application.Review;

/// <summary>
/// Where a stored review's time goes, summed over its batches: reading the documents and what their review takes from
/// the database, the review itself, writing the runs and findings, and the end of each write (the derived tables —
/// dashboard and execution lines — and the commit). Wall time of each phase; `jixiao db review` prints it, so that a
/// slow review can be told apart from a slow database without a profiler. Phases of different batches overlap (the
/// next batch is read while one is written), so the sum may exceed the elapsed time.
/// </summary>
public sealed class StoredReviewTimings
{
    private long read, review, write, finish;

    public TimeSpan Read => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref read));

    public TimeSpan Review => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref review));

    public TimeSpan Write => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref write));

    /// <summary>Derived tables and commit.</summary>
    public TimeSpan Finish => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref finish));

    internal void AddRead(long since) => Interlocked.Add(ref read, Stopwatch.GetTimestamp() - since);

    internal void AddReview(long since) => Interlocked.Add(ref review, Stopwatch.GetTimestamp() - since);

    internal void AddWrite(long since) => Interlocked.Add(ref write, Stopwatch.GetTimestamp() - since);

    internal void AddFinish(long ticks) => Interlocked.Add(ref finish, ticks);

    /// <summary>Adds <paramref name="other"/>'s times to these (the reading and the writing reviewer of one command).</summary>
    public StoredReviewTimings Plus(StoredReviewTimings other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var sum = new StoredReviewTimings();
        sum.read = read + other.read;
        sum.review = review + other.review;
        sum.write = write + other.write;
        sum.finish = finish + other.finish;
        return sum;
    }
}
