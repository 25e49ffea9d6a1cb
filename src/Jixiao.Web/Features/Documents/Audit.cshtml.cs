using System.Text;
using Jixiao.Application.Audit;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Auth;
using Jixiao.Web.Features.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Documents;

/// <summary>审计日志 of one document: every import, changed field (old → new), transition and comment, with who,
/// role, IP and time, a page at a time and filtered like the administrator's view; exportable as CSV (UTF-8 with BOM,
/// with the hashes so an auditor can recompute the chain) holding every entry the filter matches.</summary>
public sealed class AuditModel(CurrentUser currentUser, JixiaoDbContext db) : AuditListModel(db)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public DepartmentDocument Document { get; private set; } = null!;

    public bool IsAdmin { get; private set; }

    protected override string BasePath => $"/Documents/{Id}/Audit";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await AuthorizeAsync(ct) is { } denied)
        {
            return denied;
        }

        await LoadPageAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await AuthorizeAsync(ct) is { } denied)
        {
            return denied;
        }

        var csv = AuditExport.ToCsv(await LoadAllAsync(ct));
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"审计日志-{Document.DepartmentCode}-{Document.FiscalYear}.csv");
    }

    protected override async Task<AuditFilter> ScopeAsync(CancellationToken ct) =>
        new() { DocumentKeys = await AuditQueries.KeysOfAsync(Db, Document, await currentUser.GetAsync(ct), ct) };

    private async Task<IActionResult?> AuthorizeAsync(CancellationToken ct)
    {
        var document = await Db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == Id, ct);
        if (document is null)
        {
            return NotFound();
        }

        if (!await HttpContext.AllowsAsync(Operation.Read, Resource.Of(document)))
        {
            return Forbid();
        }

        Document = document;
        IsAdmin = await HttpContext.AllowsAsync(Operation.Administer, Resource.AllSettings);
        return null;
    }
}
