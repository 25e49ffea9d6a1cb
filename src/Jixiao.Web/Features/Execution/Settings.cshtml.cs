using Jixiao.Application.Execution;
using Jixiao.Application.Regions;
using Jixiao.Application.Users;
using Jixiao.Data.Entities;
using Jixiao.Domain.Monitoring;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Execution;

/// <summary>区划设置 (administrators): the region's 审核规则配置, 监控方案 and scoring profile, saved by
/// <see cref="RegionSettings"/>.</summary>
public sealed class SettingsModel(RegionSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Region { get; set; } = string.Empty;

    [BindProperty]
    public string Profile { get; set; } = string.Empty;

    [BindProperty]
    public string? ProfileJson { get; set; }

    [BindProperty]
    public string Scoring { get; set; } = string.Empty;

    [BindProperty]
    public string? ReviewProfileJson { get; set; }

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

        Profile = string.IsNullOrWhiteSpace(Entity.MonitoringProfileJson) ? Entity.MonitoringProfile : RegionSettings.Custom;
        ProfileJson = Entity.MonitoringProfileJson ?? Effective.ToJson();
        Scoring = Entity.ScoringProfile;
        ReviewProfileJson = Entity.ReviewProfileJson;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } result)
        {
            return result;
        }

        Error = await settings.SaveAsync(Region, new RegionSettingsInput(Profile, ProfileJson, Scoring, ReviewProfileJson), AuditRequests.ActorOf(HttpContext), ct);
        if (Error is not null)
        {
            return Page();
        }

        Saved = RegionSettings.Describe((await settings.FindAsync(Region, ct))!);
        return RedirectToPage(new { Region });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await settings.FindAsync(Region, ct) is not { } region)
        {
            return NotFound();
        }

        Entity = region;
        Effective = RegionProfiles.Monitoring(region);
        return null;
    }
}
