using System.Text;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Documents;

/// <summary>审计日志 of one document: every import, changed field (old → new), transition and comment, with who,
/// role, IP and time; exportable as CSV (UTF-8 with BOM, with the hashes so an auditor can recompute the chain).</summary>
public sealed class AuditModel(JixiaoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public DepartmentDocument Document { get; private set; } = null!;

    public IReadOnlyList<AuditLogEntry> Entries { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        var csv = AuditExport.ToCsv(Entries);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.TrimStart('\uFEFF'))).ToArray(), "text/csv; charset=utf-8",
            $"审计日志-{Document.DepartmentCode}-{Document.FiscalYear}.csv");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == Id, ct);
        if (document is null)
        {
            return NotFound();
        }

        var user = await UserAccess.LoadAsync(db, User, ct);
        if (!user.CanReadDocument(document))
        {
            return Forbid();
        }

        Document = document;
        IsAdmin = user.Access.IsAdmin;
        Entries = await AuditQueries.ForDocumentAsync(db, document, ct);
        return null;
    }
}
