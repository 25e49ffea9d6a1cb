using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Users;

/// <summary>What the shared user fields show: the form, the regions to choose from, and the units of the form's region
/// (ticked ones first) to tick for a 单位填报.</summary>
public sealed record UserFieldsView(UserForm Form, IReadOnlyList<(string Code, string Name)> Regions, string UnitRegion, IReadOnlyList<UnitChoice> Units)
{
    /// <summary>The units of the form's region, or of the only region when none is chosen.</summary>
    public static async Task<UserFieldsView> LoadAsync(JixiaoDbContext db, UserForm form, CancellationToken ct)
    {
        var regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct).ConfigureAwait(false))
            .Select(r => (r.Code, r.Name)).ToList();
        var region = form.RegionCode.Trim();
        if (region.Length == 0 && regions.Count == 1)
        {
            region = regions[0].Code;
        }

        var chosen = form.UnitCodes.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal);
        var units = region.Length == 0 ? [] : await db.Units.AsNoTracking().Where(u => u.RegionCode == region).OrderBy(u => u.Code)
            .Select(u => new { u.Code, u.Name }).ToListAsync(ct).ConfigureAwait(false);
        return new UserFieldsView(form, regions, region,
            [.. units.Select(u => new UnitChoice(u.Code, u.Name, chosen.Contains(u.Code))).OrderBy(u => u.Chosen ? 0 : 1).ThenBy(u => u.Code, StringComparer.Ordinal)]);
    }
}
