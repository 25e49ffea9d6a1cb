using System.Text.Json;
using Jixiao.Application.Documents;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Taxonomy;
using Jixiao.Web.Auth;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Projects;

/// <summary>Projects: search by code or name, one project with a version, its history and its findings, and saving
/// an edited table (checked like the edit form, stored as a new version, reviewed again).</summary>
public static class ProjectsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", SearchAsync).WithSummary("按项目编码或名称搜索项目");
        group.MapGet("/{id:int}", GetAsync).WithSummary("一个项目：绩效目标表、版本历史、最新审核问题");
        group.MapPut("/{id:int}", PutAsync).WithSummary("保存修改后的项目绩效目标表（JSON，同 jixiao-document 的 project），保存后重新审核")
            .Accepts<ProjectInput>("application/json").DisableAntiforgery();
    }

    public static async Task<Ok<List<ProjectSummary>>> SearchAsync(CurrentUser currentUser, JixiaoDbContext db, HttpContext http, string q, int? year, string? region, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var hits = await ProjectSearch.RunAsync(db, user, q, year, region, ct);
        return TypedResults.Ok(hits.ToList());
    }

    public static async Task<Results<Ok<ProjectView>, NotFound, ForbidHttpResult>> GetAsync(JixiaoDbContext db, HttpContext http, int id, int? version, CancellationToken ct)
    {
        // The project read carries its unit and region, so the permission check needs no query of its own.
        var details = await ProjectQueries.GetAsync(db, id, version, ct);
        if (details is null)
        {
            return TypedResults.NotFound();
        }

        if (!await http.AllowsAsync(Operation.Read, Resource.Unit(details.UnitId, details.RegionCode)))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(await ViewAsync(db, details, ct));
    }

    /// <summary>JSON only: a cross-site form cannot send it, and a cross-site script would need the browser's
    /// preflight consent first.</summary>
    public static async Task<Results<Ok<ProjectView>, NotFound, ForbidHttpResult, ProblemHttpResult, ValidationProblem>> PutAsync(
        CurrentUser currentUser, JixiaoDbContext db, DocumentStore store, HttpContext http, int id, CancellationToken ct)
    {
        if (!(http.Request.ContentType ?? string.Empty).StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(detail: "请以 application/json 发送项目绩效目标表。", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的内容类型");
        }

        var project = await db.Projects.AsNoTracking().Include(p => p.Unit).Include(p => p.Document).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null || project.RemovedAt is not null)
        {
            return TypedResults.NotFound();
        }

        var user = await currentUser.GetAsync(ct);
        if (!await http.AllowsAsync(Operation.Edit, Resource.Of(project.Unit!)))
        {
            return TypedResults.Forbid();
        }

        ProjectInput? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<ProjectInput>(http.Request.Body, JsonSerializerOptions.Web, ct);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem(detail: $"请求正文不是有效的项目 JSON（第 {(e.LineNumber ?? 0) + 1} 行附近）：请按 jixiao-document 格式的 project 对象发送，金额为万元字符串。",
                statusCode: StatusCodes.Status400BadRequest, title: "请求无效");
        }

        if (input is null)
        {
            return TypedResults.Problem(detail: "请求正文为空。", statusCode: StatusCodes.Status400BadRequest, title: "请求无效");
        }

        var details = (await ProjectQueries.GetAsync(db, id, cancellationToken: ct))!;
        var errors = new ModelStateDictionary();
        // A project stored without a code may get one (补填); a code once given is the project's identity.
        if (input.ProjectCode is { Length: > 0 } code && project.Code.Length > 0 && ProjectCode.Normalize(code) != project.Code)
        {
            errors.AddModelError("projectCode", $"项目编码“{code}”与所编辑的项目（{details.Content.ProjectCode}）不同：项目编码是项目的标识，不能修改。");
        }

        if (input.UnitCode is { Length: > 0 } unitCode && unitCode.Trim() != project.Unit!.Code)
        {
            errors.AddModelError("unitCode", $"单位代码“{unitCode}”与项目所属单位（{project.Unit!.Code}）不同：不能通过编辑把项目移到其他单位。");
        }

        var profile = TaxonomyProfile.Find(project.Document!.TaxonomyProfile) ?? TaxonomyProfile.A;
        var content = ProjectFormMapping.ToProject(ProjectInputMapping.ToForm(input), details.Content, profile, errors);
        if (content is null || !errors.IsValid)
        {
            var fields = errors.Where(e => e.Value is { Errors.Count: > 0 }).ToDictionary(
                e => ProjectInputMapping.JsonPath(e.Key), e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray(), StringComparer.Ordinal);
            return TypedResults.ValidationProblem(fields, detail: "项目绩效目标表有错误，未保存；请按各字段的说明修改后再提交。", title: "项目内容有误");
        }

        // The version the client edited: If-Match: "3" (the version it read); without it the save applies to the
        // current version, so a client that does not send it still cannot overwrite a save made in the same instant.
        var baseVersion = BaseVersion(http) ?? project.CurrentVersion;
        var outcome = await store.SaveProjectAsync(id, content, baseVersion, AuditRequests.For(user, DocumentStore.WebEditSource, http), ct);
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Result is null)
        {
            return TypedResults.Problem(detail: outcome.Refusal, statusCode: outcome.Kind.HttpStatus(),
                title: outcome.Kind.HttpStatus() == StatusCodes.Status409Conflict ? "项目已被他人修改" : "当前状态不能修改");
        }

        return await ProjectQueries.GetAsync(db, id, cancellationToken: ct) is { } saved ? TypedResults.Ok(await ViewAsync(db, saved, ct)) : TypedResults.NotFound();
    }

    private static int? BaseVersion(HttpContext http) =>
        int.TryParse(http.Request.Headers.IfMatch.ToString().Trim().Trim('"'), out var version) ? version : null;

    private static async Task<ProjectView> ViewAsync(JixiaoDbContext db, ProjectDetails details, CancellationToken ct)
    {
        // Findings belong to the current version only, as on the project page.
        var findings = details.ShownVersion == details.CurrentVersion ? await ReviewQueries.ForProjectAsync(db, details, ct) : [];
        return new ProjectView(details.ProjectId, details.FiscalYear, details.Code, details.UnitCode, details.UnitName, details.DocumentId,
            details.DepartmentName, details.CurrentVersion, details.ShownVersion, ProjectTable.From(details.Content), details.Versions, findings);
    }
}
