using System.Text.Json;
using Jixiao.Application.Documents;
using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Entities;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Auth;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Execution;

/// <summary>监控与自评设置 of a region (administrators): the 监控方案 — a built-in one or the region's own JSON with
/// its checkpoint month and every light threshold — and the scoring profile. A save is audited field by field
/// (every threshold of the effective 监控方案, old → new) in its transaction.</summary>
public sealed class SettingsModel(JixiaoDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The value of <see cref="Profile"/> that selects the region's own JSON.</summary>
    public const string Custom = "custom";

    [BindProperty(SupportsGet = true)]
    public string Region { get; set; } = string.Empty;

    [BindProperty]
    public string Profile { get; set; } = string.Empty;

    [BindProperty]
    public string? ProfileJson { get; set; }

    [BindProperty]
    public string Scoring { get; set; } = string.Empty;

    [TempData]
    public string? Saved { get; set; }

    public Region Entity { get; private set; } = null!;

    public string? Error { get; private set; }

    public MonitoringProfile Effective { get; private set; } = MonitoringProfile.Hebei;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } result)
        {
            return result;
        }

        Profile = string.IsNullOrWhiteSpace(Entity.MonitoringProfileJson) ? Entity.MonitoringProfile : Custom;
        ProfileJson = Entity.MonitoringProfileJson ?? Effective.ToJson();
        Scoring = Entity.ScoringProfile;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } result)
        {
            return result;
        }

        if (ScoringProfile.Find(Scoring) is null)
        {
            Error = $"评分方案“{Scoring}”不存在，可选：{string.Join("、", ScoringProfile.BuiltIn.Select(p => p.Id))}。";
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var before = Snapshot(Entity);
        if (Profile == Custom)
        {
            try
            {
                MonitoringProfile.FromJson(ProfileJson ?? string.Empty);
            }
            catch (FormatException e)
            {
                Error = e.Message;
                return Page();
            }

            Entity.MonitoringProfileJson = ProfileJson;
        }
        else if (MonitoringProfile.Find(Profile) is { } builtIn)
        {
            Entity.MonitoringProfile = builtIn.Id;
            Entity.MonitoringProfileJson = null;
        }
        else
        {
            Error = $"监控方案“{Profile}”不存在。";
            return Page();
        }

        Entity.ScoringProfile = Scoring;
        var source = AuditRequests.ActorOf(HttpContext).At(clock.GetUtcNow());
        await AuditLog.AppendAsync(db, AuditDiff.ForValues(source, AuditDiff.EditAction, AuditDiff.RegionEntity, Entity.Code, before, Snapshot(Entity)), ct);
        await db.SaveChangesAsync(ct);
        // The checkpoint month and every threshold decide the stored lights of all the region's projects.
        await ExecutionSummaries.RefreshRegionAsync(db, Entity.Code, ct);
        await transaction.CommitAsync(ct);
        Saved = $"已保存：{RegionProfiles.Monitoring(Entity).Name}，监控节点 1–{RegionProfiles.Monitoring(Entity).CheckpointMonth}月。";
        return RedirectToPage(new { Region });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!new Access(User).IsAdmin)
        {
            return Forbid();
        }

        var region = await db.Regions.SingleOrDefaultAsync(r => r.Code == Region, ct);
        if (region is null)
        {
            return NotFound();
        }

        Entity = region;
        Effective = RegionProfiles.Monitoring(region);
        return null;
    }

    /// <summary>The region's settings as labelled values: the effective 监控方案 flattened to one value per setting
    /// ("监控方案.checkpointMonth", every threshold), so a changed threshold is one audit entry.</summary>
    private static List<KeyValuePair<string, string>> Snapshot(Region region)
    {
        var values = new List<KeyValuePair<string, string>>
        {
            new("监控方案", string.IsNullOrWhiteSpace(region.MonitoringProfileJson) ? region.MonitoringProfile : Custom),
            new("评分方案", region.ScoringProfile),
        };
        using var json = JsonDocument.Parse(RegionProfiles.Monitoring(region).ToJson());
        Flatten("监控方案", json.RootElement, values);
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
