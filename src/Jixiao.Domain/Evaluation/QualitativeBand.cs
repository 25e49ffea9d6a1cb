using Jixiao.Domain.Text;

namespace Jixiao.Domain.Evaluation;

/// <summary>
/// One grade of a 定性 indicator and the share of its 分值 the evaluator may give: 达成年度指标 [80%,100%],
/// 部分达成年度指标并具有一定效果 [60%,80%), 未达成年度指标且效果较差 [0,60%) (DOMAIN.md §3.3, §5.4; S13c).
/// </summary>
public sealed record QualitativeBand(string Name, decimal MinPercent, decimal MaxPercent, bool MaxInclusive, IReadOnlyList<string> Aliases)
{
    public bool Matches(string text)
    {
        var key = ChineseText.Key(text);
        return key == ChineseText.Key(Name) || Aliases.Any(a => ChineseText.Key(a) == key);
    }

    /// <summary>True when <paramref name="score"/> out of <paramref name="points"/> lies inside the band.</summary>
    public bool Contains(decimal score, decimal points)
    {
        if (points <= 0)
        {
            return score == 0;
        }

        var percent = score * 100m / points;
        return percent >= MinPercent && (MaxInclusive ? percent <= MaxPercent : percent < MaxPercent);
    }

    /// <summary>"[80%,100%]" or "[60%,80%)".</summary>
    public string RangeText => $"[{ScoreRounding.Number(MinPercent)}%,{ScoreRounding.Number(MaxPercent)}%{(MaxInclusive ? "]" : ")")}";
}
