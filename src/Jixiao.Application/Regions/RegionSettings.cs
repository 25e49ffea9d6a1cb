using System.Text.Json;
using Jixiao.Application.Execution;
using Jixiao.Application.Pipeline;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Entities;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Regions;

/// <summary>
/// A region's profiles (administrators): the 审核规则配置 every review of its documents uses, the 监控方案 — a built-in
/// one or the region's own JSON with its checkpoint month and every light threshold — and the scoring profile. The
/// same for the settings page and <c>jixiao db region</c>. A save is one write, audited field by field (every
/// threshold of the effective 监控方案 and every setting of the region's review profile, old → new); the lights of
/// the region's projects follow from what it changed.
/// </summary>
public sealed class RegionSettings(JixiaoDbContext db, TimeProvider clock)
{
    /// <summary>The monitoring choice that selects the region's own JSON.</summary>
    public const string Custom = "custom";

    public async Task<Region?> FindAsync(string regionCode, CancellationToken ct = default) =>
        await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == regionCode, ct).ConfigureAwait(false);

    /// <summary>Saves the settings; returns null when saved, else why not (in Chinese; nothing is saved).</summary>
    public Task<string?> SaveAsync(string regionCode, RegionSettingsInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (Check(input) is { } problem)
        {
            return Task.FromResult<string?>(problem);
        }

        return Writes.RunAsync<string?>(db, clock, async ct =>
        {
            var region = await db.Regions.SingleOrDefaultAsync(r => r.Code == regionCode, ct).ConfigureAwait(false);
            if (region is null)
            {
                return RegionMessages.NotFound(regionCode);
            }

            var before = Snapshot(region);
            if (input.MonitoringProfile == Custom)
            {
                region.MonitoringProfileJson = input.MonitoringProfileJson;
            }
            else
            {
                region.MonitoringProfile = MonitoringProfile.Find(input.MonitoringProfile)!.Id;
                region.MonitoringProfileJson = null;
            }

            if (input.Name is { } name)
            {
                region.Name = name.Trim();
            }

            region.ScoringProfile = input.ScoringProfile;
            region.ReviewProfileJson = string.IsNullOrWhiteSpace(input.ReviewProfileJson) ? null : input.ReviewProfileJson;
            var changes = AuditDiff.ForValues(actor.At(clock.GetUtcNow()), AuditDiff.EditAction, AuditDiff.RegionEntity, region.Code, before, Snapshot(region));
            await AuditLog.AppendAsync(db, changes, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return null;
        }, problem => problem is null, cancellationToken);
    }

    /// <summary>What the region's settings are now, in a sentence.</summary>
    public static string Describe(Region region)
    {
        var monitoring = RegionProfiles.Monitoring(region);
        return RegionMessages.Saved(monitoring.Name, monitoring.CheckpointMonth, region.ReviewProfileJson is null);
    }

    private static string? Check(RegionSettingsInput input)
    {
        if (input.Name is { } name && name.Trim().Length > RegionMessages.NameMaxLength)
        {
            return RegionMessages.NameTooLong(name.Trim().Length);
        }

        if (ScoringProfile.Find(input.ScoringProfile) is null)
        {
            return RegionMessages.UnknownScoring(input.ScoringProfile, ScoringProfile.BuiltIn.Select(p => p.Id));
        }

        if (input.MonitoringProfile != Custom && MonitoringProfile.Find(input.MonitoringProfile) is null)
        {
            return RegionMessages.UnknownMonitoring(input.MonitoringProfile);
        }

        try
        {
            if (input.MonitoringProfile == Custom)
            {
                MonitoringProfile.FromJson(input.MonitoringProfileJson ?? string.Empty);
            }

            if (!string.IsNullOrWhiteSpace(input.ReviewProfileJson))
            {
                ReviewProfile.FromJson(input.ReviewProfileJson);
            }
        }
        catch (FormatException e)
        {
            return e.Message;
        }

        return null;
    }

    /// <summary>The region's settings as labelled values: the effective 监控方案 flattened to one value per setting
    /// ("监控方案.checkpointMonth", every threshold) and the region's review profile as written ("审核规则配置.rules.VAL-05.severity"),
    /// so a changed threshold is one audit entry.</summary>
    private static List<KeyValuePair<string, string>> Snapshot(Region region)
    {
        var values = new List<KeyValuePair<string, string>>
        {
            new(RegionMessages.NameLabel, region.Name),
            new(RegionMessages.MonitoringLabel, string.IsNullOrWhiteSpace(region.MonitoringProfileJson) ? region.MonitoringProfile : Custom),
            new(RegionMessages.ScoringLabel, region.ScoringProfile),
            new(RegionMessages.ReviewLabel, region.ReviewProfileJson is null ? RegionMessages.DefaultReviewProfile : Custom),
        };
        using (var json = JsonDocument.Parse(RegionProfiles.Monitoring(region).ToJson()))
        {
            Flatten(RegionMessages.MonitoringLabel, json.RootElement, values);
        }

        if (region.ReviewProfileJson is { } review)
        {
            using var json = JsonDocument.Parse(review, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            Flatten(RegionMessages.ReviewLabel, json.RootElement, values);
        }

        return values;
    }

    private static void Flatten(string path, JsonElement element, List<KeyValuePair<string, string>> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten($"{path}.{property.Name}", property.Value, values);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten($"{path}[{++i}]", item, values);
                }

                break;
            default:
                values.Add(new(path, element.ValueKind == JsonValueKind.String ? element.GetString() ?? string.Empty : element.GetRawText()));
                break;
        }
    }
}
