namespace Jixiao.Workflow.Tests;

/// <summary>A clock the test moves forward step by step, so each event of a scripted session has its own time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public static ManualClock StartingAt(int hour, int minute) => new(new DateTimeOffset(2026, 3, 2, hour, minute, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => _now;

    public DateTimeOffset Advance(TimeSpan by) => _now += by;
}
