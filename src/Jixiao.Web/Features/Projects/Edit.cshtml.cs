using Jixiao.Application.Review;
using Jixiao.Application.Documents;
using Jixiao.Application.Library;
using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Domain.Taxonomy;
using Jixiao.Web.Auth;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Projects;

/// <summary>Editing a goal table: header, money, spending plan, goals and indicator rows (add, remove, move up and
/// down). Saving stores a new version through the importer and reviews the document again. Refused (403) once the
/// document is submitted, and (409) when someone else saved the project since the form was loaded.</summary>
public sealed class EditModel(CurrentUser currentUser, JixiaoDbContext db, DocumentStore store, WorkflowService workflow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ProjectForm Form { get; set; } = new();

    /// <summary>Which button was pressed: save, add-row, remove:N, up:N, down:N, add-goal, remove-goal:N.</summary>
    [BindProperty]
    public string? Command { get; set; }

    /// <summary>The version the form was loaded from (optimistic concurrency).</summary>
    [BindProperty]
    public int BaseVersion { get; set; }

    /// <summary>Why the project cannot be edited now (document submitted, approved …); null when it can.</summary>
    public string? Locked { get; private set; }

    public ProjectDetails Project { get; private set; } = null!;

    public TaxonomyProfile Profile { get; private set; } = TaxonomyProfile.A;

    /// <summary>The latest review's findings on the stored version, shown beside the fields they concern.</summary>
    public CellFindings Findings { get; private set; } = new([]);

    /// <summary>The findings fit the rows on screen: the form shows the stored rows (not rows added, moved or removed).</summary>
    public bool ShowFindings => Command is null or "" or "save" && Form.Indicators.Count == Project.Content.Indicators.Count;

    /// <summary>The findings of one cell of indicator row <paramref name="row"/> (1-based), or nothing.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent FindingsAt(int row, string field) =>
        ShowFindings ? Findings.Beside(CellFindings.RowKey(row, field)) : Microsoft.AspNetCore.Html.HtmlString.Empty;
    /// <summary>部门代码 of the project's unit: suggestions favour the department's own indicators.</summary>
    public string DepartmentCode { get; private set; } = string.Empty;

    /// <summary>What "从同类项目添加指标" did.</summary>
    public string? SimilarNote { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        Form = ProjectFormMapping.ToForm(Project.Content);
        BaseVersion = Project.CurrentVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        if (Command == "similar")
        {
            ModelState.Clear();
            SimilarNote = await AddSimilarRowsAsync(ct);
            return Page();
        }

        if (Command is not (null or "" or "save"))
        {
            // Rows moved or removed: the old per-row messages would sit on the wrong rows.
            ModelState.Clear();
            ProjectFormEditing.Apply(Form, Command);
            return Page();
        }

        ModelState.Clear();
        var content = ProjectFormMapping.ToProject(Form, Project.Content, Profile, ModelState);
        if (content is null)
        {
            return Page();
        }

        var user = await currentUser.GetAsync(ct);
        var outcome = await store.SaveProjectAsync(Id, content, BaseVersion, AuditRequests.For(user, DocumentStore.WebEditSource, HttpContext), ct);
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Result is not { } result)
        {
            // The user's input stays in the form; the message says what happened and what to do.
            ModelState.AddModelError(string.Empty, outcome.Refusal!);
            Response.StatusCode = outcome.Kind.HttpStatus();
            return Page();
        }

        var change = result.Projects.FirstOrDefault(p => p.ProjectCode == Jixiao.Domain.Goals.ProjectCode.Normalize(content.ProjectCode) && p.ProjectName == content.ProjectName)
            ?? result.Projects.FirstOrDefault(p => p.ProjectCode.Length > 0 && p.ProjectCode == Project.Code);
        TempData["Saved"] = change is { Kind: ProjectChangeKind.Changed }
            ? $"已保存为第 {change.Version} 版，并已重新审核。"
            : "内容没有变化，未生成新版本。";
        return RedirectToPage("/Projects/Details", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.Unit).Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == Id, ct);
        if (project is null || project.RemovedAt is not null)
        {
            return NotFound();
        }

        var user = await currentUser.GetAsync(ct);
        if (!await HttpContext.AllowsAsync(Operation.Edit, Resource.Of(project.Unit!)))
        {
            return Forbid();
        }

        Project = (await ProjectQueries.GetAsync(db, Id, cancellationToken: ct))!;
        Profile = TaxonomyProfile.Find(project.Document!.TaxonomyProfile) ?? TaxonomyProfile.A;
        DepartmentCode = project.Unit!.DepartmentCode;
        var document = (await db.Documents.Where(d => d.Id == project.DocumentId).SingleWithWorkflowAsync(ct))!;
        if (workflow.EditRefusal(user, document) is { } refusal)
        {
            Locked = refusal.ToString();
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Findings = new CellFindings(await ReviewQueries.ForProjectAsync(db, Project, ct));
        return null;
    }

    /// <summary>Appends the rows of the most similar approved project of an earlier year (same region) that the table
    /// does not have yet (by library key), and says where they came from.</summary>
    private async Task<string> AddSimilarRowsAsync(CancellationToken ct)
    {
        var similar = await SimilarProjects.FindAsync(db, Project.RegionCode, Project.FiscalYear, Form.Name, DepartmentCode, 1, ct);
        if (similar.Count == 0)
        {
            return "没有找到以前年度已批复的同类项目（按项目名称比较）。";
        }

        var source = similar[0];
        var present = Form.Indicators.Select(i => Jixiao.Domain.Library.IndicatorNames.Key(i.Name)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var row in source.Rows.Where(r => present.Add(Jixiao.Domain.Library.IndicatorNames.Key(r.Name))))
        {
            Form.Indicators.Add(new IndicatorInput { Level1 = row.Level1, Level2 = row.Level2, Name = row.Name, Description = row.Description, Target = row.Target, Basis = row.Basis });
            added++;
        }

        return added == 0
            ? $"{source.FiscalYear}年“{source.Name}”（{source.DepartmentName}）的指标本表都已有。"
            : $"已从{source.FiscalYear}年已批复的“{source.Name}”（{source.DepartmentName}）添加 {added} 行指标，请逐行核对指标值和依据后保存。";
    }
}
