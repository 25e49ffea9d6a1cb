namespace Jixiao.Application.Regions;

/// <summary>What an administrator chooses for a region: the 监控方案 (a built-in id, or <see cref="RegionSettings.Custom"/>
/// with its JSON), the 自评 scoring profile, and the region's own 审核规则配置 (JSON laid over the default; empty: the
/// default).</summary>
public sealed record RegionSettingsInput(string MonitoringProfile, string? MonitoringProfileJson, string ScoringProfile, string? ReviewProfileJson)
{
    /// <summary>区划名称 (定州市); null leaves the name as it is.</summary>
    public string? Name { get; init; }
}
