using Jixiao.Data;
using Jixiao.Data.Queries;
using Jixiao.Web.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

/// <summary>Projects: search by code or name, one project with a version, its history and its findings.</summary>
public static class ProjectsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", SearchAsync).WithSummary("按项目编码或名称搜索项目");
        group.MapGet("/{id:int}", GetAsync).WithSummary("一个项目：绩效目标表、版本历史、最新审核问题");
    }

    public static async Task<Ok<List<ProjectSummary>>> SearchAsync(JixiaoDbContext db, HttpContext http, string q, int? year, string? region, CancellationToken ct)
    {
        var user = await UserAccess.LoadAsync(db, http.User, ct);
        var hits = await ProjectSearch.RunAsync(db, user, q, year, region, ct);
        return TypedResults.Ok(hits.ToList());
    }

    public static async Task<Results<Ok<ProjectView>, NotFound, ForbidHttpResult>> GetAsync(JixiaoDbContext db, HttpContext http, int id, int? version, CancellationToken ct)
    {
        var user = await UserAccess.LoadAsync(db, http.User, ct);
        var unit = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => p.Unit).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.Access.CanReadUnit(unit))
        {
            return TypedResults.Forbid();
        }

        var details = await ProjectQueries.GetAsync(db, id, version, ct);
        if (details is null)
        {
            return TypedResults.NotFound();
        }

        var findings = details.ShownVersion == details.CurrentVersion
            ? await ReviewQueries.ListAsync(db, new FindingFilter(details.RegionCode, details.FiscalYear) { ProjectId = id }, ct: ct)
            : [];
        return TypedResults.Ok(new ProjectView(details.ProjectId, details.FiscalYear, details.Code, details.UnitCode, details.UnitName, details.DocumentId,
            details.DepartmentName, details.CurrentVersion, details.ShownVersion, ProjectTable.From(details.Content), details.Versions, findings));
    }
}
