namespace Jixiao.Application.Regions;

/// <summary>What users read about a region's settings: labels of the audited fields and every message.</summary>
public static class RegionMessages
{
    public const string NameLabel = "区划名称";

    public const int NameMaxLength = 100;

    public static string NameTooLong(int length) => $"区划名称有 {length} 个字，最多 {NameMaxLength} 个字，请缩短后再保存。";

    public const string MonitoringLabel = "监控方案";

    public const string ScoringLabel = "评分方案";

    public const string ReviewLabel = "审核规则配置";

    public const string DefaultReviewProfile = "default";

    public static string NotFound(string regionCode) => $"区划 {regionCode} 不存在。";

    public static string UnknownScoring(string id, IEnumerable<string> builtIn) => $"评分方案“{id}”不存在，可选：{string.Join("、", builtIn)}。";

    public static string UnknownMonitoring(string id) => $"监控方案“{id}”不存在。";

    public static string Saved(string monitoringName, int checkpointMonth, bool defaultReview) =>
        $"已保存：{monitoringName}，监控节点 1–{checkpointMonth}月；审核规则配置：{(defaultReview ? "内置默认" : "本地区自定义")}。";
}
