using Jixiao.Data;
using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Dashboard;

/// <summary>Unit lists and budget totals. Totals are summed in SQL over whole fen, so they are exact and never
/// need the projects in memory.</summary>
public static class UnitQueries
{
    /// <summary>The units of <paramref name="regionCode"/> that have projects or a department document in
    /// <paramref name="year"/>, with project count, budget total (current versions) and the grade of the latest
    /// review of their department's document.</summary>
    public static async Task<IReadOnlyList<UnitSummary>> ListAsync(JixiaoDbContext db, string regionCode, int year, CancellationToken cancellationToken = default)
    {
        var rows = await Summarize(db, db.Units.Where(u => u.RegionCode == regionCode), regionCode, year)
            .Where(x => x.ProjectCount > 0 || x.HasDocument)
            .OrderBy(x => x.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(x => x.ToSummary())];
    }

    /// <summary>The figures of <paramref name="units"/> (all of <paramref name="regionCode"/>) in <paramref name="year"/>,
    /// computed in SQL; the dashboard's stored summary is written from this query.</summary>
    internal static IQueryable<UnitFigures> Summarize(JixiaoDbContext db, IQueryable<Data.Entities.Unit> units, string regionCode, int year) =>
        units.AsNoTracking()
            .Select(u => new UnitFigures
            {
                Id = u.Id,
                Code = u.Code,
                Name = u.Name,
                DepartmentCode = u.DepartmentCode,
                ProjectCount = u.Projects.Count(p => p.FiscalYear == year && p.RemovedAt == null),
                BudgetFen = db.ProjectVersions
                    .Where(v => v.Project!.UnitId == u.Id && v.Project.FiscalYear == year && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
                    .Sum(v => (long?)v.BudgetFen),
                HasDocument = db.Documents.Any(d => d.RegionCode == regionCode && d.FiscalYear == year && d.DepartmentCode == u.DepartmentCode),
                LatestGrade = db.ReviewRuns
                    .Where(r => r.Document!.RegionCode == regionCode && r.Document.FiscalYear == year && r.Document.DepartmentCode == u.DepartmentCode)
                    .OrderByDescending(r => r.RunAt).ThenByDescending(r => r.Id)
                    .Select(r => (Grade?)r.Grade)
                    .FirstOrDefault(),
                LatestScore = db.ReviewRuns
                    .Where(r => r.Document!.RegionCode == regionCode && r.Document.FiscalYear == year && r.Document.DepartmentCode == u.DepartmentCode)
                    .OrderByDescending(r => r.RunAt).ThenByDescending(r => r.Id)
                    .Select(r => (decimal?)r.Score)
                    .FirstOrDefault(),
            });

    /// <summary>The budget total of one unit's current projects in <paramref name="year"/>.</summary>
    public static async Task<Money> BudgetTotalAsync(JixiaoDbContext db, string regionCode, string unitCode, int year, CancellationToken cancellationToken = default) =>
        new(await CurrentVersions(db, year).Where(v => v.Project!.Unit!.RegionCode == regionCode && v.Project.Unit.Code == unitCode)
            .SumAsync(v => v.BudgetFen, cancellationToken).ConfigureAwait(false));

    /// <summary>The budget total of a whole region's current projects in <paramref name="year"/>.</summary>
    public static async Task<Money> RegionTotalAsync(JixiaoDbContext db, string regionCode, int year, CancellationToken cancellationToken = default) =>
        new(await CurrentVersions(db, year).Where(v => v.Project!.Unit!.RegionCode == regionCode)
            .SumAsync(v => v.BudgetFen, cancellationToken).ConfigureAwait(false));

    private static IQueryable<Data.Entities.ProjectVersion> CurrentVersions(JixiaoDbContext db, int year) =>
        db.ProjectVersions.AsNoTracking().Where(v => v.Project!.FiscalYear == year && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion);
}
