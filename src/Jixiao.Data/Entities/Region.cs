namespace Jixiao.Data.Entities;

/// <summary>财政区划: a 6-digit region code (130682) and its name when known.</summary>
public class Region
{
    public string Code { get; set; } = string.Empty;

    /// <summary>定州市; empty until an administrator names the region (documents only carry the code).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The region's 监控方案 (checkpoint month and light thresholds): a built-in profile id, "hebei" (1–6月)
    /// or "central" (1–7月).</summary>
    public string MonitoringProfile { get; set; } = "hebei";

    /// <summary>The region's own 监控方案 as JSON (checkpoint month, every light threshold, the 可能性 words and 偏差原因
    /// categories); when set it replaces the built-in <see cref="MonitoringProfile"/>.</summary>
    public string? MonitoringProfileJson { get; set; }

    /// <summary>The region's own 审核规则配置 as JSON (thresholds, word lists, scoring, rules switched off or to
    /// another severity), laid over the built-in default; null: the default applies.</summary>
    public string? ReviewProfileJson { get; set; }

    /// <summary>The region's 自评 scoring profile: "national" (10/50/30/10) or "sichuan" (10 + 90).</summary>
    public string ScoringProfile { get; set; } = "national";

    public List<Unit> Units { get; set; } = [];
}
