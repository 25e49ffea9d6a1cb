using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Documents;

/// <summary>A form editing a department document's Part 1 (the Part 1 form, the 部门整体支出绩效目标表): who may open
/// and save it is decided once here — the access policy's <see cref="Operation.Edit"/> on the document, then the
/// workflow (a submitted or approved document is locked) — and where a save goes back to.</summary>
public abstract class DocumentFormModel(CurrentUser currentUser, JixiaoDbContext db, WorkflowService workflow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public DepartmentDocument Document { get; private set; } = null!;

    /// <summary>Why the document cannot be edited now (submitted, approved …); null when it can.</summary>
    public string? Locked { get; private set; }

    public int? BackToUnit { get; private set; }

    /// <summary>Model binding turns empty fields into null.</summary>
    protected static string T(string? value) => (value ?? string.Empty).Trim();

    protected ValueTask<UserAccess> UserAsync(CancellationToken ct) => currentUser.GetAsync(ct);

    /// <summary>Back to the unit page the clerk came from (a page of this department), else the start page.</summary>
    protected IActionResult BackAfterSave() =>
        BackToUnit is { } unit ? RedirectToPage("/Units/Details", new { id = unit, year = Document.FiscalYear }) : RedirectToPage("/Index");

    /// <summary>Loads the document; a result (not found, forbidden, the locked page) when the form may not be used.</summary>
    protected async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var document = await db.Documents.Include(d => d.SubGoals).Include(d => d.Safeguards).AsSplitQuery().Where(d => d.Id == Id).SingleWithWorkflowAsync(ct);
        if (document is null)
        {
            return NotFound();
        }

        var user = await currentUser.GetAsync(ct);
        if (!await HttpContext.AllowsAsync(Operation.Edit, Resource.Of(document)))
        {
            return Forbid();
        }

        Document = document;
        // Back to the clerk's own unit of this department (its 本级 first, by code), else the department's first unit.
        BackToUnit = user.OwnUnits.FirstOrDefault(u => u.RegionCode == document.RegionCode && u.DepartmentCode == document.DepartmentCode)?.Id ?? await db.Units.Where(u => u.RegionCode == document.RegionCode && u.DepartmentCode == document.DepartmentCode)
            .OrderBy(u => u.Code).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (workflow.EditRefusal(user, document) is { } refusal)
        {
            Locked = refusal.ToString();
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        return null;
    }
}
