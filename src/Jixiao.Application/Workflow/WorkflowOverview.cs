using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Mapping;
using Jixiao.Domain;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Workflow;

/// <summary>流程总览: the documents of a region and year the user may read, with their state, the reviewer's grade,
/// the automatic review's suggestion and open comments — the reviewer's work queue (已提交 first).</summary>
public static class WorkflowOverview
{
    public static async Task<IReadOnlyList<WorkflowOverviewRow>> ListAsync(JixiaoDbContext db, Scope scope, UserAccess user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(user);
        var documents = await db.Documents.Where(d => d.RegionCode == scope.RegionCode && d.FiscalYear == scope.Year)
            .ToListWithWorkflowAsync(ct).ConfigureAwait(false);
        var ids = documents.Select(d => d.Id).ToList();
        var runs = await ReviewQueries.LatestRuns(db).Where(r => ids.Contains(r.DocumentId)).ToDictionaryAsync(r => r.DocumentId, ct).ConfigureAwait(false);
        var open = await db.DocumentComments.Where(c => ids.Contains(c.DocumentId) && !c.IsResolved)
            .GroupBy(c => c.DocumentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct).ConfigureAwait(false);
        return [.. documents.Where(d => user.Can(Operation.Read, Resource.Of(d)))
            .Select(d => new WorkflowOverviewRow(d, WorkflowMapping.StateOf(d), d.Workflow?.Grade is { } g ? Enum.Parse<Grade>(g) : null,
                runs.GetValueOrDefault(d.Id)?.Grade, runs.GetValueOrDefault(d.Id)?.ErrorCount ?? 0, open.GetValueOrDefault(d.Id)))
            .OrderBy(r => r.State == DocumentState.Submitted ? 0 : 1).ThenBy(r => r.Document.DepartmentCode, StringComparer.Ordinal)];
    }
}
