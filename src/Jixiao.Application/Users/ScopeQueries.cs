using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Users;

/// <summary>Picks the region and year: the requested ones when the user may see them, else the user's region (or
/// the first region) and its latest year.</summary>
public static class ScopeQueries
{
    public static async Task<Scope?> ResolveAsync(JixiaoDbContext db, Access access, string? region, int? year, CancellationToken ct = default)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct).ConfigureAwait(false);
        var visible = regions.Where(r => AccessPolicy.Allows(access, [], Operation.Read, Resource.Region(r.Code))).Select(r => (r.Code, r.Name)).ToList();
        if (visible.Count == 0)
        {
            return null;
        }

        var chosen = visible.FirstOrDefault(r => r.Code == region);
        if (chosen.Code is null)
        {
            chosen = visible[0];
        }

        var years = await db.FiscalYears.AsNoTracking().Where(y => y.RegionCode == chosen.Code).OrderByDescending(y => y.Year)
            .Select(y => y.Year).ToListAsync(ct).ConfigureAwait(false);
        if (years.Count == 0)
        {
            return null;
        }

        var chosenYear = year is { } y && years.Contains(y) ? y : years[0];
        return new Scope(chosen.Code, chosen.Name, chosenYear, visible, years);
    }
}
