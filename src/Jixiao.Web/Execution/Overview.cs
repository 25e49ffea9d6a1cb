using Jixiao.Data;
using Jixiao.Data.Mapping;
using Jixiao.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Execution;

/// <summary>The unit and region view: every current project of a region and year (or of one unit) with its lights
/// at the region's checkpoint and its self-evaluation grade, loaded in a fixed number of queries.</summary>
public sealed class Overview(JixiaoDbContext db, ExecutionService service)
{
    public async Task<IReadOnlyList<OverviewRow>> LoadAsync(string regionCode, int year, int? unitId, MonitoringProfile profile, int month, CancellationToken ct = default)
    {
        var versions = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.Project!.FiscalYear == year && v.Project.Unit!.RegionCode == regionCode && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion
                && (unitId == null || v.Project.UnitId == unitId))
            .Include(v => v.Checkpoints).Include(v => v.Goals).Include(v => v.Indicators).AsSplitQuery()
            .OrderBy(v => v.Project!.Unit!.Code).ThenBy(v => v.Sequence)
            .ToListAsync(ct).ConfigureAwait(false);
        var ids = versions.Select(v => v.ProjectId).ToList();
        var units = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.UnitId, UnitName = p.Unit!.Name, DepartmentName = p.Document!.DepartmentName }).ToDictionaryAsync(p => p.Id, ct).ConfigureAwait(false);
        var approved = versions.Select(v => (v.ProjectId, ProjectMapping.ToDomain(v))).ToList();
        var executions = await service.GetExecutionsAsync(approved, ct).ConfigureAwait(false);
        var records = await db.MonitoringRecords.AsNoTracking().Where(m => ids.Contains(m.ProjectId) && m.Month == month).ToDictionaryAsync(m => m.ProjectId, ct).ConfigureAwait(false);
        var evaluations = await db.SelfEvaluations.AsNoTracking().Where(s => ids.Contains(s.ProjectId))
            .Select(s => new { s.ProjectId, s.TotalScore, s.Grade }).ToDictionaryAsync(s => s.ProjectId, ct).ConfigureAwait(false);
        return [.. approved.Select(a =>
        {
            var (id, project) = a;
            var unit = units[id];
            var record = records.GetValueOrDefault(id);
            var report = ExecutionService.BuildReport(project, year, unit.DepartmentName, month, executions[id], record);
            var evaluation = evaluations.GetValueOrDefault(id);
            return new OverviewRow(id, unit.UnitId, unit.UnitName, project, executions[id], MonitoringAssessor.Assess(report, profile), record is not null,
                evaluation?.TotalScore, evaluation?.Grade);
        })];
    }
}
