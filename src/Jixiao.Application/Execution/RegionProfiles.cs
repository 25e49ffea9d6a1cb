using Jixiao.Data.Entities;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Review;

namespace Jixiao.Application.Execution;

/// <summary>The 审核规则配置, 监控方案 and scoring profile a region has chosen: its own JSON when it has one, else a
/// built-in profile (the default review profile, 河北 when unknown, national scoring when unknown). The web app and
/// the <c>jixiao</c> command both take them from here.</summary>
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

    public static ReviewProfile Review(Region region)
    {
        if (!string.IsNullOrWhiteSpace(region.ReviewProfileJson))
        {
            try
            {
                return ReviewProfile.FromJson(region.ReviewProfileJson);
            }
            catch (FormatException)
            {
                // As for the 监控方案: checked on saving; a profile that no longer reads falls back to the default.
            }
        }

        return ReviewProfile.Default;
    }

    public static ScoringProfile Scoring(Region region) => ScoringProfile.Find(region.ScoringProfile) ?? ScoringProfile.National;
}
