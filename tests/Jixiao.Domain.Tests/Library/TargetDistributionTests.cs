using Jixiao.Domain.Library;

namespace Jixiao.Domain.Tests.Library;

public class TargetDistributionTests
{
    [Fact]
    public void FourValues_InterpolatedQuartiles()
    {
        // Positions (n−1)·p = 0.75, 1.5, 2.25: 90 + 0.75·5, 95 + 0.5·3, 98 + 0.25·2.
        var d = TargetDistribution.Of([100m, 90m, 98m, 95m])!;

        Assert.Equal(new TargetDistribution(4, 90m, 93.75m, 96.5m, 98.5m, 100m), d);
        Assert.Equal(4.75m, d.Spread);
    }

    [Fact]
    public void OddCount_MedianIsTheMiddleValue()
    {
        var d = TargetDistribution.Of([5m, 1m, 3m, 2m, 4m])!;

        Assert.Equal((2m, 3m, 4m), (d.Q1, d.Median, d.Q3));
    }

    [Fact]
    public void OneValue_IsEveryQuartile()
    {
        var d = TargetDistribution.Of([95m])!;

        Assert.Equal((1, 95m, 95m, 95m), (d.Count, d.Q1, d.Median, d.Q3));
    }

    [Fact]
    public void NoValues_NoDistribution() => Assert.Null(TargetDistribution.Of([]));

    [Fact]
    public void Interpolation_StaysExactInDecimal()
    {
        // 0.1 and 0.2 (not representable in binary): Q1 at position 0.25 is 0.125 exactly.
        var d = TargetDistribution.Of([0.1m, 0.2m])!;

        Assert.Equal(0.125m, d.Q1);
        Assert.Equal(0.15m, d.Median);
    }
}
