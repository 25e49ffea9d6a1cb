using Jixiao.Application.Dashboard;
using Jixiao.Application.Execution;
using Jixiao.Data;
using Jixiao.Data.Tracking;

namespace Jixiao.Application.Pipeline;

/// <summary>The tables computed from others, refreshed at the end of every write from what it touched: the
/// execution lines (docs/adr/0007) of its projects or regions, then the dashboard lines (docs/adr/0005) of its
/// documents' units. Execution first: both take the writers' lock in the same order as every write.</summary>
internal static class DerivedTables
{
    public static async Task RefreshAsync(JixiaoDbContext db, TouchedRows touched, DateTime now, CancellationToken ct)
    {
        if (touched.IsEmpty)
        {
            return;
        }

        // Copied: the refresh saves its own rows through the same context.
        var projectIds = touched.ProjectIds.Order().ToList();
        var documentIds = touched.DocumentIds.Order().ToList();
        var formerUnitIds = touched.FormerUnitIds.ToList();
        var refreshed = new HashSet<int>();
        foreach (var region in touched.RegionCodes.Order(StringComparer.Ordinal).ToList())
        {
            refreshed.UnionWith(await ExecutionSummaries.RefreshRegionAsync(db, region, touched, ct).ConfigureAwait(false));
        }

        // The projects this write created are computed from the versions it holds, not read back; a project of a
        // region refreshed above has its line already (refreshing it again would add a new project's line twice).
        await ExecutionSummaries.RefreshProjectsAsync(db, projectIds.Where(id => !refreshed.Contains(id)), touched, ct).ConfigureAwait(false);
        await DashboardSummaries.RefreshDocumentsAsync(db, documentIds, formerUnitIds, now, ct).ConfigureAwait(false);
    }
}
