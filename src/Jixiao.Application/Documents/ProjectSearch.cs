using Jixiao.Application.Users;
using Jixiao.Data;

namespace Jixiao.Application.Documents;

/// <summary>Project search limited to what the user may read.</summary>
public static class ProjectSearch
{
    public static async Task<IReadOnlyList<ProjectSummary>> RunAsync(JixiaoDbContext db, UserAccess user, string? text, int? year, string? region, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text) || user.Access.SeesNothing)
        {
            return [];
        }

        var regionCode = user.OwnRegionCode ?? user.Access.RegionCode ?? region;
        // A unit editor: only its own units, filtered in the query so the 200 hits are all its own.
        return await ProjectQueries.SearchAsync(db, text, year, regionCode, 200, user.OnlyUnitIds, ct).ConfigureAwait(false);
    }
}
