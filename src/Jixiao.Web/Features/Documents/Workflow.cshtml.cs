using Jixiao.Application;
using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Documents;

/// <summary>
/// 流程 panel of a document: state, the reviewer's decision with its 88号 grade and consequence, the automatic review
/// as first pass, the actions the user's role allows (提交/退回/批复/公开/撤销公开/发起调整), comments on the
/// document, a project or a cell with the unit's replies, carry-over (延续项目) and its revisit notes. A refused
/// action answers with its HTTP status (403, 409, 422) and the domain's Chinese message; nothing is changed.
/// </summary>
public sealed class WorkflowModel(CurrentUser currentUser, JixiaoDbContext db, WorkflowService workflow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [TempData]
    public string? Done { get; set; }

    public string? Refused { get; private set; }

    public DocumentWorkflow View { get; private set; } = null!;

    /// <summary>Project codes and names of the document, for the comment target choice.</summary>
    public IReadOnlyList<(string Code, string Name)> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostTransitionAsync(string? act, string? comment, string? grade, CancellationToken ct) =>
        RunAsync(user => WorkflowInput.Action(act) is { } a
            ? workflow.TransitionAsync(Id, user, a, comment, WorkflowInput.Grade(grade), AuditRequests.IpOf(HttpContext), ct)
            : Task.FromResult(new WorkflowOutcome(OutcomeKind.Invalid, $"未知的操作“{act}”。")), ct);

    public Task<IActionResult> OnPostCommentAsync(string? projectCode, int? indicatorRow, string? field, string? text, CancellationToken ct) =>
        RunAsync(user => CommentMapping.TryTargetOf(projectCode, indicatorRow, field, out var target, out var problem)
            ? workflow.AddCommentAsync(Id, user, target, text ?? string.Empty, AuditRequests.IpOf(HttpContext), ct)
            : Task.FromResult(new WorkflowOutcome(OutcomeKind.Refused, problem)), ct);

    public Task<IActionResult> OnPostReplyAsync(int commentId, string? text, CancellationToken ct) =>
        RunAsync(user => workflow.ReplyAsync(Id, user, commentId, text ?? string.Empty, AuditRequests.IpOf(HttpContext), ct), ct);

    public Task<IActionResult> OnPostResolveAsync(int commentId, CancellationToken ct) =>
        RunAsync(user => workflow.ResolveAsync(Id, user, commentId, resolved: true, AuditRequests.IpOf(HttpContext), ct), ct);

    public async Task<IActionResult> OnPostCarryOverAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var (outcome, documentId) = await workflow.CarryOverAsync(Id, user, AuditRequests.IpOf(HttpContext), ct);
        if (!outcome.Succeeded)
        {
            return await RefuseAsync(outcome, ct);
        }

        Done = outcome.Message;
        return RedirectToPage("/Documents/Workflow", new { id = documentId });
    }

    private async Task<IActionResult> RunAsync(Func<UserAccess, Task<WorkflowOutcome>> act, CancellationToken ct)
    {
        var outcome = await act(await currentUser.GetAsync(ct));
        if (!outcome.Succeeded)
        {
            return await RefuseAsync(outcome, ct);
        }

        Done = outcome.Message;
        return RedirectToPage("/Documents/Workflow", new { id = Id });
    }

    private async Task<IActionResult> RefuseAsync(WorkflowOutcome outcome, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Refused = outcome.Message;
        Response.StatusCode = outcome.Kind.HttpStatus();
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var view = await workflow.LoadAsync(Id, await currentUser.GetAsync(ct), ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        var projects = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.Project!.DocumentId == Id && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .OrderBy(v => v.Sequence).Select(v => new { v.Project!.Code, v.Name, v.ProjectId }).ToListAsync(ct);
        Projects = [.. projects.Select(p => (p.Code, p.Name))];
        ProjectIds = projects.ToDictionary(p => p.Code, p => p.ProjectId, StringComparer.Ordinal);
        // The document is shown on its department's unit page: the head unit (本级, xxx001) when there is one.
        var document = view.Document;
        DocumentUnitId = await db.Units.AsNoTracking()
            .Where(u => u.RegionCode == document.RegionCode && u.DepartmentCode == document.DepartmentCode)
            .OrderBy(u => u.Code).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        return true;
    }

    /// <summary>The unit page that shows the document, or null when the department has no unit yet.</summary>
    public int? DocumentUnitId { get; private set; }

    /// <summary>Project code → project id, for links from comments to the project page.</summary>
    public IReadOnlyDictionary<string, int> ProjectIds { get; private set; } = new Dictionary<string, int>();

    public static bool NeedsComment(WorkflowAction action) => action is WorkflowAction.Return or WorkflowAction.Unpublish or WorkflowAction.StartAmendment;

    public static bool NeedsGrade(WorkflowAction action) => action is WorkflowAction.Return or WorkflowAction.Approve;
}
