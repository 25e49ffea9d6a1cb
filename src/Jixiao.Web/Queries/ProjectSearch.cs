using Jixiao.Data;
using Jixiao.Data.Queries;
using Jixiao.Web.Api;

namespace Jixiao.Web.Queries;

/// <summary>Project search limited to what the user may read.</summary>
public static class ProjectSearch
{
    public static async Task<IReadOnlyList<ProjectSummary>> RunAsync(JixiaoDbContext db, UserAccess user, string? text, int? year, string? region, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text) || user.Access.SeesNothing)
        {
            return [];
        }

        var regionCode = user.OwnUnit?.RegionCode ?? user.Access.RegionCode ?? region;
        var hits = await ProjectQueries.SearchAsync(db, text, year, regionCode, 200, ct).ConfigureAwait(false);
        return user.OwnUnit is { } unit ? [.. hits.Where(h => h.UnitCode == unit.Code)] : user.Access.IsUnitEditor ? [] : hits;
    }
}
