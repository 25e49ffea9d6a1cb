using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Tests;

public class SpendingPlanTests
{
    private static readonly SpendingPlan Seed = new([new(3, 25), new(6, 50), new(10, 75), new(12, 100)]);

    [Theory]
    [InlineData(3, "25")]
    [InlineData(6, "50")]
    [InlineData(12, "100")]
    [InlineData(8, "62.5")] // 50 + 25 × 2/4
    public void PlannedPercentAt_InterpolatesBetweenCheckpoints(int month, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Seed.PlannedPercentAt(month));
    }

    [Fact]
    public void PlannedPercentAt_January_IsAThirdOfTheMarchCheckpoint()
    {
        Assert.Equal(25m * 1 / 3, Seed.PlannedPercentAt(1));
    }

    [Fact]
    public void Plan_AllowsAnyMonthSet()
    {
        var plan = new SpendingPlan([new(6, 40), new(9, 70), new(12, 100)]);
        Assert.Equal(3, plan.Checkpoints.Count);
        Assert.Equal(40m, plan.PlannedPercentAt(6));
        Assert.Null(SpendingPlan.Empty.PlannedPercentAt(6));
    }

    [Fact]
    public void Plans_WithTheSameCheckpoints_AreEqual()
    {
        Assert.Equal(Seed, new SpendingPlan([new(3, 25), new(6, 50), new(10, 75), new(12, 100)]));
    }
}
