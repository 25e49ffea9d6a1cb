using Jixiao.Application.Documents;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Domain.Goals;
using Jixiao.Web.Auth;
using Jixiao.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Projects;

/// <summary>项目 page: the goal table as on the official form with the latest review's findings on their cells,
/// the version history, and the differences between two versions.</summary>
public sealed class DetailsModel(CurrentUser currentUser, JixiaoDbContext db, WorkflowService workflow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    /// <summary>Compare version <see cref="From"/> with <see cref="To"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    [TempData]
    public string? Saved { get; set; }

    public ProjectDetails Project { get; private set; } = null!;

    public CellFindings Findings { get; private set; } = new([]);

    public bool CanEdit { get; private set; }

    /// <summary>The document's workflow (state, lock, comments); null only if the document is not readable.</summary>
    public DocumentWorkflow? Workflow { get; private set; }

    public ProjectTableModel Table { get; private set; } = null!;

    public CommentsView CommentsView { get; private set; } = null!;

    public IReadOnlyList<FieldDifference>? Differences { get; private set; }

    /// <summary>One of the versions to compare does not exist.</summary>
    public bool VersionsMissing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var details = await ProjectQueries.GetAsync(db, Id, Version, ct);
        if (details is null)
        {
            return NotFound();
        }

        var user = await currentUser.GetAsync(ct);
        if (!await HttpContext.AllowsAsync(Operation.Read, Resource.Unit(details.UnitId, details.RegionCode)))
        {
            return Forbid();
        }

        Project = details;
        CanEdit = !details.Removed && await HttpContext.AllowsAsync(Operation.Edit, Resource.Unit(details.UnitId, details.RegionCode));
        if (details.ShownVersion == details.CurrentVersion)
        {
            Findings = new CellFindings(await ReviewQueries.ForProjectAsync(db, details, ct));
        }

        Workflow = await workflow.LoadAsync(details.DocumentId, user, ct);
        // Review comments and revisit notes name their project by code: a table without one has none yet.
        var comments = details.Code.Length == 0 ? [] : Workflow?.Comments.At(Domain.Workflow.CommentTarget.Project(details.Code)) ?? [];
        var notes = details.Code.Length == 0 ? [] : Workflow?.RevisitNotes.Where(n => n.ProjectCode == details.Code).ToList() ?? [];
        var current = details.ShownVersion == details.CurrentVersion;
        Table = new ProjectTableModel(details.Content, Findings, current ? new CellNotes(comments, notes) : CellNotes.None);
        CommentsView = new CommentsView(Table.Notes.Comments, details.DocumentId, Workflow?.CanReply ?? false, Workflow?.CanResolve ?? false);
        if (From is { } from && To is { } to && from != to)
        {
            var a = await ProjectQueries.GetAsync(db, Id, from, ct);
            var b = await ProjectQueries.GetAsync(db, Id, to, ct);
            VersionsMissing = a is null || b is null;
            Differences = a is null || b is null ? [] : DocumentComparer.ProjectDifferences(a.Content, b.Content, path: string.Empty);
        }

        return Page();
    }
}
