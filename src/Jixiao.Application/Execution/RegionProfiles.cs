using Jixiao.Data.Entities;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Application.Execution;

/// <summary>The 监控方案 and scoring profile a region has chosen: its own JSON when it has one, else a built-in
/// profile by id (河北 when unknown, national scoring when unknown).</summary>
public static class RegionProfiles
{
    public static MonitoringProfile Monitoring(Region region)
    {
        if (!string.IsNullOrWhiteSpace(region.MonitoringProfileJson))
        {
            try
            {
                return MonitoringProfile.FromJson(region.MonitoringProfileJson);
            }
            catch (FormatException)
            {
                // Saved JSON is checked on saving; should it no longer read (a newer version), the built-in applies.
            }
        }

        return MonitoringProfile.Find(region.MonitoringProfile) ?? MonitoringProfile.Hebei;
    }

    public static ScoringProfile Scoring(Region region) => ScoringProfile.Find(region.ScoringProfile) ?? ScoringProfile.National;
}
