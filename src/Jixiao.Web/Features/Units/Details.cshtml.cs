using Jixiao.Application;
using Jixiao.Application.Dashboard;
using Jixiao.Application.Users;
using Jixiao.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Units;

/// <summary>单位 page (<see cref="UnitPages"/>).</summary>
public sealed class DetailsModel(CurrentUser currentUser, JixiaoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public UnitPage View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (page, outcome) = await UnitPages.LoadAsync(db, Id, Year, await currentUser.GetAsync(ct), ct);
        if (page is null)
        {
            return outcome == OutcomeKind.Forbidden ? Forbid() : NotFound();
        }

        View = page;
        return Page();
    }
}
