using System.Globalization;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Dashboard;

/// <summary>Where each department's document of a region's year is in the workflow, for the 首页 unit list (its 流程状态
/// column and filter), and a stamp that changes with every transition (workflow acts do not touch the dashboard
/// summary, so a cached list is keyed by this stamp too).</summary>
public static class DashboardWorkflow
{
    /// <summary>The state of each department's document, by department code.</summary>
    public static async Task<IReadOnlyDictionary<string, DocumentState>> StatesAsync(JixiaoDbContext db, string regionCode, int year, CancellationToken ct = default)
    {
        var rows = await db.Documents.AsNoTracking().Where(d => d.RegionCode == regionCode && d.FiscalYear == year)
            .Select(d => new { d.DepartmentCode, Status = d.Workflow == null ? WorkflowStatus.Draft : d.Workflow.Status })
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.GroupBy(r => r.DepartmentCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Status.ToDomain(), StringComparer.Ordinal);
    }

    /// <summary>A text that changes with every transition in the region's year.</summary>
    public static async Task<string> StampAsync(JixiaoDbContext db, string regionCode, int year, CancellationToken ct = default)
    {
        // Every transition raises its document's revision: their sum (and count) moves with each act.
        var states = db.WorkflowStates.AsNoTracking().Where(w => db.Documents.Any(d => d.Id == w.DocumentId && d.RegionCode == regionCode && d.FiscalYear == year));
        var count = await states.CountAsync(ct).ConfigureAwait(false);
        var revisions = count == 0 ? 0 : await states.SumAsync(w => (long)w.Revision, ct).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"{count}-{revisions}");
    }

    /// <summary>The stored status of a state (the two enums have the same names).</summary>
    public static WorkflowStatus ToStatus(DocumentState state) => Enum.Parse<WorkflowStatus>(state.ToString());
}
