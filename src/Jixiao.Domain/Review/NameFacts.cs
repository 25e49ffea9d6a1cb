namespace Jixiao.Domain.Review;

/// <summary>What the word lists say about one 三级指标 name. Names repeat across rows and tables (templates), so
/// each distinct name is matched against the lists once per review and the rules read the answers.</summary>
internal sealed class NameFacts
{
    public NameFacts(string nameKey, ReviewWords words)
    {
        Unbounded = ReviewText.ContainsAny(nameKey, words.UnboundedRateWords);
        Bounded = ReviewText.ContainsAny(nameKey, words.BoundedRateWords) && !Unbounded;
        LowerIsBetterWord = ReviewText.FirstMatch(nameKey, words.LowerIsBetterWords);
        HigherIsBetterWord = ReviewText.FirstMatch(nameKey, words.HigherIsBetterWords);
        OutputWord = ReviewText.FirstMatch(nameKey, words.OutputWords);
        OutcomeWord = ReviewText.FirstMatch(nameKey, words.OutcomeWords);
        EnterpriseWord = ReviewText.FirstMatch(nameKey, words.EnterpriseWords);
        OutcomeMarker = ReviewText.FirstMatch(nameKey, OutcomeMarkers);
    }

    /// <summary>A growth or ratio that may exceed 100% (增长率, 提升比).</summary>
    public bool Unbounded { get; }

    /// <summary>A rate bounded by 100% (合格率, 占比) that is not a growth ratio.</summary>
    public bool Bounded { get; }

    public string? LowerIsBetterWord { get; }

    public string? HigherIsBetterWord { get; }

    public string? OutputWord { get; }

    public string? OutcomeWord { get; }

    public string? EnterpriseWord { get; }

    /// <summary>A word that makes a count an effect: 受益人次, 带动就业人数, 增收.</summary>
    public string? OutcomeMarker { get; }

    private static readonly string[] OutcomeMarkers = ["受益", "带动", "增收", "减少", "降低", "节约", "知晓", "满意", "覆盖", "增长", "提高", "提升", "改善"];
}
