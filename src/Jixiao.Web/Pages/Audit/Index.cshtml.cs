using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Audit;

/// <summary>审计日志 (管理员): the newest entries of the whole chain, optionally of one record type — where the
/// entries that belong to no document are read: user administration, logins, region settings, payment files.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(JixiaoDbContext db) : PageModel
{
    /// <summary>Enough for a day's work; older entries are in the per-document views and the CSV export.</summary>
    public const int Shown = 200;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public IReadOnlyList<AuditLogEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Types = await AuditQueries.EntityTypesAsync(db, ct);
        Entries = await AuditQueries.LatestAsync(db, Type, Shown, ct);
    }
}
