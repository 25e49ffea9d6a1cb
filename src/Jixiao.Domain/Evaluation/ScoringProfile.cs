namespace Jixiao.Domain.Evaluation;

/// <summary>
/// 评分方案: how a region scores the 项目支出绩效自评表 (DOMAIN.md §5.2–§5.4). JSON data (Evaluation/Profiles/*.json)
/// so a region changes weights, the reverse-indicator variant or the qualitative bands without code. Budget points
/// plus block points must make 100 (EVL-01); a profile that does not is refused when loaded.
/// </summary>
public sealed record ScoringProfile
{
    private static readonly Lazy<ScoringProfile> NationalProfile = new(() => LoadBuiltIn("national"));
    private static readonly Lazy<ScoringProfile> SichuanProfile = new(() => LoadBuiltIn("sichuan"));

    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Source { get; init; } = string.Empty;

    /// <summary>分值 of 预算执行率 (10).</summary>
    public decimal BudgetPoints { get; init; } = 10m;

    public required IReadOnlyList<ScoringBlock> Blocks { get; init; }

    public ReverseScoring ReverseScoring { get; init; } = ReverseScoring.Ratio;

    public EmptyBlockHandling EmptyBlock { get; init; } = EmptyBlockHandling.Redistribute;

    public required IReadOnlyList<QualitativeBand> QualitativeBands { get; init; }

    /// <summary>EVL-03: below this 执行率 (percent) a reason is required.</summary>
    public decimal ExecutionReasonBelowPercent { get; init; } = 90m;

    /// <summary>EVL-07: at or above this share of the target (percent) a 偏差原因 is required.</summary>
    public decimal OvershootReasonPercent { get; init; } = 130m;

    /// <summary>EVL-04: a self-declared 得分 further than this from the computed one is flagged.</summary>
    public decimal DeclaredScoreTolerance { get; init; } = 0.5m;

    /// <summary>10 / 50 / 30 / 10, reverse variant 1.</summary>
    public static ScoringProfile National => NationalProfile.Value;

    /// <summary>10 + 90 free, reverse variant 2.</summary>
    public static ScoringProfile Sichuan => SichuanProfile.Value;

    public static IReadOnlyList<ScoringProfile> BuiltIn => [National, Sichuan];

    public static ScoringProfile? Find(string id) =>
        BuiltIn.FirstOrDefault(p => string.Equals(p.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    public decimal TotalPoints => BudgetPoints + Blocks.Sum(b => b.Points);

    /// <summary>The block whose 一级指标 list holds <paramref name="level1"/>, or null.</summary>
    public ScoringBlock? BlockFor(string level1) => Blocks.FirstOrDefault(b => b.Accepts(level1));

    /// <summary>The band a 定性 actual value names: a band's own name or alias first, then the shared word list
    /// (达成 / 已完成 / 是 / 有效 / 基本达成 / 未达成 …) when the profile has the usual three bands.</summary>
    public QualitativeBand? BandFor(string text, string? target = null)
    {
        var band = QualitativeBands.FirstOrDefault(b => b.Matches(text));
        if (band is not null || QualitativeBands.Count != 3 || QualitativeWords.BuiltIn.GradeOf(text, target) is not { } grade)
        {
            return band;
        }

        return QualitativeBands.OrderByDescending(b => b.MinPercent).ElementAt((int)grade);
    }

    /// <summary>Reads and checks a profile; throws <see cref="FormatException"/> with a Chinese message when it is unusable.</summary>
    public static ScoringProfile FromJson(string json)
    {
        var profile = ProfileJson.Deserialize<ScoringProfile>(json, "评分方案");
        if (string.IsNullOrWhiteSpace(profile.Id) || profile.Blocks is not { Count: > 0 } || profile.QualitativeBands is not { Count: > 0 })
        {
            throw new FormatException("评分方案缺少 id、blocks 或 qualitativeBands。");
        }

        if (profile.BudgetPoints < 0 || profile.Blocks.Any(b => b.Points < 0 || b.Level1 is not { Count: > 0 }))
        {
            throw new FormatException("评分方案的分值不能为负，且每个 block 须列出所属一级指标（或 \"*\"）。");
        }

        if (profile.TotalPoints != 100m)
        {
            throw new FormatException($"评分方案“{profile.Id}”的分值合计为 {ScoreRounding.Number(profile.TotalPoints)}，应为 100（预算执行率 {ScoreRounding.Number(profile.BudgetPoints)} + 各类指标）。");
        }

        if (profile.QualitativeBands.Any(b => b.MinPercent < 0 || b.MaxPercent > 100 || b.MinPercent >= b.MaxPercent))
        {
            throw new FormatException("评分方案的定性等级区间应在 0–100% 之间且下限小于上限。");
        }

        return profile with { QualitativeBands = [.. profile.QualitativeBands.Select(b => b with { Aliases = b.Aliases ?? [] })] };
    }

    private static ScoringProfile LoadBuiltIn(string id) => FromJson(ProfileJson.ReadResource($"Jixiao.Scoring.{id}.json"));
}
