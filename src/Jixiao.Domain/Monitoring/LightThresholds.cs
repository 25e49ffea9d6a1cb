using Jixiao.Domain.Evaluation;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// Where a progress ratio (percent) changes colour: red below <see cref="RedBelow"/>, yellow below
/// <see cref="YellowBelow"/>, blue from <see cref="BlueFrom"/> when set, green otherwise (DOMAIN.md §6.4, S13d).
/// </summary>
public sealed record LightThresholds(decimal RedBelow, decimal YellowBelow, decimal? BlueFrom = null)
{
    public Light Classify(decimal ratio) => ratio switch
    {
        _ when ratio < RedBelow => Light.Red,
        _ when ratio < YellowBelow => Light.Yellow,
        _ when BlueFrom is { } blue && ratio >= blue => Light.Blue,
        _ => Light.Green,
    };

    /// <summary>"红 &lt;60，黄 60–80，绿 ≥80" for explanations.</summary>
    public string Describe() =>
        $"红 <{N(RedBelow)}，黄 {N(RedBelow)}–{N(YellowBelow)}，绿 {(BlueFrom is { } b ? $"{N(YellowBelow)}–{N(b)}，蓝 ≥{N(b)}" : $"≥{N(YellowBelow)}")}";

    private static string N(decimal value) => ScoreRounding.Number(value);
}
