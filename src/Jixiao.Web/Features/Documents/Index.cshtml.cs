using Jixiao.Application.Documents;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Domain;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Documents;

/// <summary>流程总览: the documents of a region and year the user may read, with their state, the reviewer's grade,
/// the automatic review's suggestion and open comments — the reviewer's work queue (已提交 first).</summary>
public sealed class IndexModel(CurrentUser currentUser, JixiaoDbContext db) : PageModel
{
    public Scope? Scope { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? region, int? year, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        Scope = await ScopeQueries.ResolveAsync(db, user.Access, region, year, ct);
        if (Scope is null)
        {
            return;
        }

        var documents = await db.Documents.AsNoTracking().Include(d => d.Workflow)
            .Where(d => d.RegionCode == Scope.RegionCode && d.FiscalYear == Scope.Year).ToListAsync(ct);
        var ids = documents.Select(d => d.Id).ToList();
        var runs = await ReviewQueries.LatestRuns(db).Where(r => ids.Contains(r.DocumentId)).ToDictionaryAsync(r => r.DocumentId, ct);
        var open = await db.DocumentComments.Where(c => ids.Contains(c.DocumentId) && !c.IsResolved)
            .GroupBy(c => c.DocumentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        Rows = [.. documents.Where(user.CanReadDocument)
            .Select(d => new Row(d, WorkflowMapping.StateOf(d), d.Workflow?.Grade is { } g ? Enum.Parse<Grade>(g) : null,
                runs.GetValueOrDefault(d.Id)?.Grade, runs.GetValueOrDefault(d.Id)?.ErrorCount ?? 0, open.GetValueOrDefault(d.Id)))
            .OrderBy(r => r.State == DocumentState.Submitted ? 0 : 1).ThenBy(r => r.Document.DepartmentCode, StringComparer.Ordinal)];
    }

    /// <summary>One document of the overview.</summary>
    public sealed record Row(DepartmentDocument Document, DocumentState State, Grade? Decision, Grade? Suggested, int Errors, int OpenComments);
}
