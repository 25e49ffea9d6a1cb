using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Execution;

/// <summary>The pages of one project's execution, monitoring and self-evaluation: same permissions as the project
/// page (404 for an unknown project, 403 when the unit is not the user's).</summary>
public abstract class ProjectPageModel(ExecutionService service, CurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [TempData]
    public string? Saved { get; set; }

    public ProjectScope Scope { get; private set; } = null!;

    public IReadOnlyList<InputError> Errors { get; protected set; } = [];

    protected ExecutionService Service => service;

    /// <summary>Loads the project; returns the result to send instead of the page when it cannot be shown or, with
    /// <paramref name="edit"/>, changed.</summary>
    protected async Task<IActionResult?> LoadScopeAsync(bool edit, CancellationToken ct)
    {
        var scope = await service.LoadAsync(Id, await currentUser.GetAsync(ct), ct);
        if (scope is null)
        {
            return NotFound();
        }

        if (!scope.CanRead || (edit && !scope.CanEdit))
        {
            return Forbid();
        }

        Scope = scope;
        return null;
    }
}
