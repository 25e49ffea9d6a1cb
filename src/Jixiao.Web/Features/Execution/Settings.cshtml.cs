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

    /// <summary>区划名称, shown instead of the bare code wherever the region appears.</summary>
    [BindProperty]
    public string? RegionName { get; set; }

    /// <summary>The checkpoint month and light thresholds as labelled numbers.</summary>
    [BindProperty]
    public ThresholdForm Thresholds { get; set; } = new();

    /// <summary>Each review rule on or off and its severity, as a table.</summary>
    [BindProperty]
    public ReviewRuleForm RuleChoices { get; set; } = new();

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
        RegionName = Entity.Name;
        Thresholds = ThresholdForm.From(Effective);
        RuleChoices = ReviewRuleForm.From(Entity.ReviewProfileJson);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } result)
        {
            return result;
        }

        // A post without the threshold fields (an older form, a script) changes only what it sends.
        Error = Request.HasFormContentType && Request.Form.ContainsKey("Thresholds.CheckpointMonth")
            ? ThresholdForm.Unreadable(ModelState) ?? Thresholds.Problem() ?? WithThresholds()
            : null;
        if (Error is not null)
        {
            return Page();
        }

        ReviewProfileJson = RuleChoices.ApplyTo(ReviewProfileJson, ReviewRuleForm.From(Entity.ReviewProfileJson));
        Error = await settings.SaveAsync(Region, new RegionSettingsInput(Profile, ProfileJson, Scoring, ReviewProfileJson) { Name = RegionName },
            AuditRequests.ActorOf(HttpContext), ct);
        if (Error is not null)
        {
            return Page();
        }

        Saved = RegionSettings.Describe((await settings.FindAsync(Region, ct))!);
        return RedirectToPage(new { Region });
    }

    /// <summary>Thresholds changed on the form make the region's own 监控方案: the chosen one (built-in, or the JSON
    /// below) with the new numbers. Unchanged numbers leave the choice as it is.</summary>
    private string? WithThresholds()
    {
        if (!Thresholds.Differs(Effective))
        {
            return null;
        }

        MonitoringProfile basis;
        try
        {
            basis = Profile == RegionSettings.Custom ? MonitoringProfile.FromJson(ProfileJson ?? string.Empty) : MonitoringProfile.Find(Profile) ?? Effective;
        }
        catch (FormatException e)
        {
            return e.Message;
        }

        var own = Thresholds.ApplyTo(basis);
        if (Profile != RegionSettings.Custom)
        {
            own = own with { Id = Region, Name = $"{basis.Name}（本地区调整阈值）" };
        }

        Profile = RegionSettings.Custom;
        ProfileJson = own.ToJson();
        return null;
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
