using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Domain;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Documents;

/// <summary>流程总览 (<see cref="WorkflowOverview"/>).</summary>
public sealed class IndexModel(CurrentUser currentUser, JixiaoDbContext db) : PageModel
{
    public Scope? Scope { get; private set; }

    public IReadOnlyList<WorkflowOverviewRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? region, int? year, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        Scope = await ScopeQueries.ResolveAsync(db, user.Access, region, year, ct);
        if (Scope is null)
        {
            return;
        }

        Rows = await WorkflowOverview.ListAsync(db, Scope, user, ct);
    }

}
