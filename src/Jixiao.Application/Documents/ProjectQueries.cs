using System.Linq.Expressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Documents;

/// <summary>One project with everything, and project search.</summary>
public static class ProjectQueries
{
    /// <summary>The project with <paramref name="version"/> (the current one when null); null when there is no such
    /// project or version.</summary>
    public static async Task<ProjectDetails?> GetAsync(JixiaoDbContext db, int projectId, int? version = null, CancellationToken cancellationToken = default)
    {
        // One round trip for the project, its unit, the department name, the version history (a project has a handful
        // of versions) and the shown version with its few checkpoints and goals (joined: versions × checkpoints × goals,
        // a few dozen rows at most), then the version's indicator rows by its key: on PostgreSQL under load every round
        // trip costs the page more than the rows it brings (docs/performance.md, branch s24a). The shown version is a
        // collection of at most one (number unique per project), matched by the requested number or the project's
        // current one inside the sub-query (SQLite has no lateral join).
        // The project's key inside the sub-query as well: without it SQLite materialises the sub-query over every
        // version of every project before joining (a scan of 100,000 versions a page).
        Expression<Func<ProjectVersion, bool>> isShown = version is { } requested
            ? v => v.ProjectId == projectId && v.Number == requested
            : v => v.ProjectId == projectId && v.Number == v.Project!.CurrentVersion;
        var project = await db.Projects.AsNoTracking().AsSingleQuery().Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.Id, p.FiscalYear, p.Code, p.UnitId, p.Unit!.RegionCode, UnitCode = p.Unit.Code, UnitName = p.Unit.Name, p.DocumentId,
                p.Document!.DepartmentName, p.CurrentVersion, Removed = p.RemovedAt != null,
                History = p.Versions.OrderBy(v => v.Number).Select(v => new { v.Number, v.CreatedBy, v.CreatedAt, v.SourceFile, v.Changes }).ToList(),
                Shown = p.Versions.AsQueryable().Where(isShown).Select(v => new { Version = v, Checkpoints = v.Checkpoints.ToList(), Goals = v.Goals.ToList() }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (project is null)
        {
            return null;
        }

        // The shown version is one of the history's (same project, same number), so an unknown number leaves it empty.
        if (project.Shown is not [var loaded])
        {
            return null;
        }

        var content = loaded.Version;
        content.Checkpoints = loaded.Checkpoints;
        content.Goals = loaded.Goals;
        content.Indicators = await db.ProjectIndicators.AsNoTracking().Where(i => i.VersionId == content.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new ProjectDetails(
            project.Id, project.FiscalYear, project.Code, project.UnitId, project.RegionCode, project.UnitCode, project.UnitName,
            project.DocumentId, project.DepartmentName, project.CurrentVersion, loaded.Version.Number, project.Removed,
            ProjectMapping.ToDomain(content),
            [.. project.History.Select(h => new VersionInfo(h.Number, h.CreatedBy, h.CreatedAt, h.SourceFile, h.Changes.Split('\n', StringSplitOptions.RemoveEmptyEntries)))]);
    }

    /// <summary>The project identified by (year, project code), as <see cref="GetAsync(JixiaoDbContext, int, int?, CancellationToken)"/>.</summary>
    public static async Task<ProjectDetails?> GetByCodeAsync(JixiaoDbContext db, int year, string code, int? version = null, CancellationToken cancellationToken = default)
    {
        var normalized = ProjectCode.Normalize(code);
        var id = await db.Projects.Where(p => p.FiscalYear == year && p.Code == normalized).Select(p => (int?)p.Id)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return id is null ? null : await GetAsync(db, id.Value, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Current projects whose code or name contains <paramref name="text"/> (a Chinese substring such as
    /// "经费", or part of a code), optionally within a year and region, by year then code.</summary>
    /// <param name="unitIds">Only these units (a unit editor's); null for all. Filtered in SQL, before the limit, so a
    /// clerk's hits are not crowded out by other units' projects.</param>
    public static async Task<IReadOnlyList<ProjectSummary>> SearchAsync(JixiaoDbContext db, string text, int? year = null, string? regionCode = null,
        int limit = 100, IReadOnlyCollection<int>? unitIds = null, CancellationToken cancellationToken = default)
    {
        var term = text.Trim();
        if (term.Length == 0)
        {
            return [];
        }

        var code = ProjectCode.Normalize(term);
        var query = db.ProjectVersions.AsNoTracking().Where(v => v.Number == v.Project!.CurrentVersion && v.Project.RemovedAt == null);
        if (year is { } y)
        {
            query = query.Where(v => v.Project!.FiscalYear == y);
        }

        if (regionCode is not null)
        {
            query = query.Where(v => v.Project!.Unit!.RegionCode == regionCode);
        }

        if (unitIds is not null)
        {
            var ids = unitIds.ToList();
            query = query.Where(v => ids.Contains(v.Project!.UnitId));
        }

        var rows = await query.Where(v => v.Project!.Code.Contains(code) || v.Name.Contains(term))
            .OrderBy(v => v.Project!.FiscalYear).ThenBy(v => v.Project!.Code).Take(limit)
            .Select(v => new { v.ProjectId, v.Project!.FiscalYear, v.Project.Code, v.Name, UnitCode = v.Project.Unit!.Code, UnitName = v.Project.Unit.Name, v.BudgetFen, v.Number })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new ProjectSummary(r.ProjectId, r.FiscalYear, r.Code, r.Name, r.UnitCode, r.UnitName, new Money(r.BudgetFen), r.Number))];
    }
}
