using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// 监控方案 of a region: the checkpoint month (河北 6, 中央 7), every light threshold, the 完成目标可能性 words and the
/// 偏差原因 categories (DOMAIN.md §6.2–§6.4, MON-05/06). JSON data (Monitoring/Profiles/*.json) so each region sets
/// its own.
/// </summary>
public sealed record MonitoringProfile
{
    private static readonly Lazy<MonitoringProfile> HebeiProfile = new(() => LoadBuiltIn("hebei"));
    private static readonly Lazy<MonitoringProfile> CentralProfile = new(() => LoadBuiltIn("central"));

    private static readonly System.Text.Json.JsonSerializerOptions WriteOptions = new(ProfileJson.Options)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Source { get; init; } = string.Empty;

    /// <summary>The month whose end closes the 1–N月 period (MON-06).</summary>
    public int CheckpointMonth { get; init; } = 6;

    /// <summary>MON-01: 执行率 ÷ (m/12) × 100.</summary>
    public required LightThresholds BudgetLight { get; init; }

    /// <summary>执行率 ÷ the project's own planned percentage at month m × 100.</summary>
    public required LightThresholds PlanLight { get; init; }

    /// <summary>MON-02: actual ÷ (target ÷ 12 × m) × 100.</summary>
    public required LightThresholds PositiveLight { get; init; }

    /// <summary>Units whose targets are rates, not amounts accumulating over the year (满意度 ≥95%): compared with the
    /// full target instead of a pro-rata share.</summary>
    public IReadOnlyList<string> ProRataExemptUnits { get; init; } = ["%"];

    public required IReadOnlyList<GradeLight> QualitativeLights { get; init; }

    /// <summary>完成目标可能性 words allowed.</summary>
    public required IReadOnlyList<string> Possibilities { get; init; }

    /// <summary>MON-04: these answers require a 偏差原因 and measures.</summary>
    public required IReadOnlyList<string> PossibilitiesRequiringReason { get; init; }

    /// <summary>MON-05: the allowed 偏差原因 categories.</summary>
    public required IReadOnlyList<string> DeviationCategories { get; init; }

    public KeyMonitoringRule? KeyMonitoring { get; init; }

    public static MonitoringProfile Hebei => HebeiProfile.Value;

    public static MonitoringProfile Central => CentralProfile.Value;

    public static IReadOnlyList<MonitoringProfile> BuiltIn => [Hebei, Central];

    public static MonitoringProfile? Find(string id) =>
        BuiltIn.FirstOrDefault(p => string.Equals(p.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    public bool IsProRataExempt(string unit) =>
        ProRataExemptUnits.Any(u => Goals.TargetValue.NormalizeUnit(u) == Goals.TargetValue.NormalizeUnit(unit));

    /// <summary>The light a 定性 progress word gives: a listed grade or alias first, then the shared word list
    /// (达成 green, 基本达成 / 部分达成 yellow, 未达成 red).</summary>
    public GradeLight? GradeFor(string text, string? target = null)
    {
        var grade = QualitativeLights.FirstOrDefault(g => g.Matches(text));
        if (grade is not null || QualitativeWords.BuiltIn.GradeOf(text, target) is not { } word)
        {
            return grade;
        }

        var light = word switch
        {
            QualitativeGrade.Achieved => Light.Green,
            QualitativeGrade.Partial => Light.Yellow,
            _ => Light.Red,
        };
        return QualitativeLights.FirstOrDefault(g => g.Light == light);
    }

    public bool IsPossibility(string text) => Possibilities.Any(p => ChineseText.Key(p) == ChineseText.Key(text));

    public bool RequiresReason(string possibility) =>
        PossibilitiesRequiringReason.Any(p => ChineseText.Key(p) == ChineseText.Key(possibility));

    public bool IsDeviationCategory(string text) => DeviationCategories.Any(c => ChineseText.Key(c) == ChineseText.Key(text));

    /// <summary>Reads and checks a profile; throws <see cref="FormatException"/> with a Chinese message when unusable.</summary>
    public static MonitoringProfile FromJson(string json)
    {
        var profile = ProfileJson.Deserialize<MonitoringProfile>(json, "监控方案");
        if (profile.CheckpointMonth is < 1 or > 12)
        {
            throw new FormatException($"监控方案“{profile.Id}”的监控月份 {profile.CheckpointMonth} 应在 1–12 之间。");
        }

        foreach (var (name, t) in new[] { ("budgetLight", profile.BudgetLight), ("planLight", profile.PlanLight), ("positiveLight", profile.PositiveLight) })
        {
            if (t.RedBelow > t.YellowBelow || (t.BlueFrom is { } blue && blue < t.YellowBelow))
            {
                throw new FormatException($"监控方案“{profile.Id}”的 {name} 阈值应满足 红 ≤ 黄 ≤ 蓝（当前 {ScoreRounding.Number(t.RedBelow)}/{ScoreRounding.Number(t.YellowBelow)}/{(t.BlueFrom is { } b ? ScoreRounding.Number(b) : "无")}）。");
            }
        }

        if (profile.DeviationCategories.Count == 0 || profile.Possibilities.Count == 0)
        {
            throw new FormatException($"监控方案“{profile.Id}”须列出偏差原因类别和完成目标可能性选项。");
        }

        return profile;
    }

    /// <summary>The profile as JSON that <see cref="FromJson"/> reads back: the starting point of a region's own
    /// thresholds.</summary>
    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, WriteOptions);

    private static MonitoringProfile LoadBuiltIn(string id) => FromJson(ProfileJson.ReadResource($"Jixiao.Monitoring.{id}.json"));
}
