using System.Security.Cryptography;
using System.Text;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Bulk;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Data.Tracking;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Execution;

/// <summary>
/// Keeps <see cref="ExecutionSummary"/> right (docs/adr/0007): every write that can change a project's lights or
/// execution curve — execution form, payment import, 监控表, import or edit of the project table, the region's 监控方案 —
/// calls <see cref="RefreshProjectsAsync"/> or <see cref="RefreshRegionAsync"/> inside its own transaction, after
/// saving its change. The lines are computed by the same domain code the project pages use
/// (<see cref="MonitoringReports"/>, <see cref="MonitoringAssessor"/>, <see cref="ExecutionData"/>).
/// </summary>
public static class ExecutionSummaries
{
    /// <summary>Part of every line's <see cref="ExecutionSummary.ProfileStamp"/>: raise it when the computation of a
    /// line changes, and every line is recomputed on the next start.</summary>
    public const string FormulaVersion = "1";

    /// <summary>Projects computed per round trip: bounds memory and the size of the id lists sent.</summary>
    private const int Batch = 1000;

    /// <summary>The stamp of lines assessed by <paramref name="profile"/> with the current formulas.</summary>
    public static string StampOf(MonitoringProfile profile) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FormulaVersion + "\n" + profile.ToJson())));

    /// <summary>Recomputes the lines of <paramref name="projectIds"/> (a removed project loses its line). Call after
    /// SaveChanges, inside the write's transaction.</summary>
    public static Task RefreshProjectsAsync(JixiaoDbContext db, IEnumerable<int> projectIds, CancellationToken ct = default) =>
        RefreshProjectsAsync(db, projectIds, null, ct);

    /// <summary>As <see cref="RefreshProjectsAsync(JixiaoDbContext, IEnumerable{int}, CancellationToken)"/>; the lines of
    /// projects that <paramref name="written"/> created are computed from the version it holds in memory (an import's
    /// new projects: nothing else is stored about them) instead of reading back what the write has just stored.</summary>
    internal static async Task RefreshProjectsAsync(JixiaoDbContext db, IEnumerable<int> projectIds, TouchedRows? written, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("执行监控汇总必须与所汇总的修改在同一事务中写入。");
        }

        var ids = projectIds.Distinct().Order().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        // Writers take turns (the audit chain's lock on PostgreSQL), so what is read below includes every write
        // committed before this one, and a later write recomputes after this one commits.
        await AuditLog.LockAsync(db, ct).ConfigureAwait(false);
        foreach (var chunk in ids.Chunk(Batch))
        {
            var computed = await ComputeAsync(db, chunk, written, ct).ConfigureAwait(false);
            // A project created by this write has no line yet.
            var known = chunk.Where(id => written?.NewProjectVersion(id) is null).ToList();
            var stored = known.Count == 0 ? []
                : await db.ExecutionSummaries.Where(s => known.Contains(s.ProjectId)).ToDictionaryAsync(s => s.ProjectId, ct).ConfigureAwait(false);
            var added = new List<ExecutionSummary>();
            foreach (var id in chunk)
            {
                var line = computed.GetValueOrDefault(id);
                var old = stored.GetValueOrDefault(id);
                if (line is null)
                {
                    if (old is not null)
                    {
                        db.ExecutionSummaries.Remove(old);
                    }
                }
                else if (old is null)
                {
                    added.Add(line);
                }
                else
                {
                    db.Entry(old).CurrentValues.SetValues(line);
                }
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            // New lines (every project of an imported document) are written in one pass, not through the change
            // tracker, which was most of the refresh after an import. Their keys are the projects' own ids.
            await BulkInserter.For(db).InsertAsync(added, ct).ConfigureAwait(false);
            foreach (var line in stored.Values)
            {
                // Later chunks and the caller's own tracking stay small.
                db.Entry(line).State = EntityState.Detached;
            }
        }
    }

    /// <summary>Recomputes every line of a region (all years): its 监控方案 changed.</summary>
    public static Task RefreshRegionAsync(JixiaoDbContext db, string regionCode, CancellationToken ct = default) =>
        RefreshRegionAsync(db, regionCode, null, ct);

    /// <summary>As <see cref="RefreshRegionAsync(JixiaoDbContext, string, CancellationToken)"/> inside a write that
    /// may also have created projects of the region (<paramref name="written"/>: their lines are computed from the rows
    /// in hand, and written once, here); returns the projects whose lines it refreshed, which the write does not
    /// refresh again.</summary>
    internal static async Task<IReadOnlyCollection<int>> RefreshRegionAsync(JixiaoDbContext db, string regionCode, TouchedRows? written, CancellationToken ct)
    {
        var ids = await db.Projects.AsNoTracking().Where(p => p.Unit!.RegionCode == regionCode && p.RemovedAt == null).Select(p => p.Id)
            .Union(db.ExecutionSummaries.Where(s => s.RegionCode == regionCode).Select(s => s.ProjectId))
            .ToListAsync(ct).ConfigureAwait(false);
        await RefreshProjectsAsync(db, ids, written, ct).ConfigureAwait(false);
        return ids;
    }

    /// <summary>Brings every region's lines up to date, each region in its own transaction: lines missing (a database
    /// stored before they existed), left over, or assessed with another 监控方案 or older formulas. Returns the regions
    /// rebuilt.</summary>
    public static async Task<IReadOnlyList<string>> EnsureCurrentAsync(JixiaoDbContext db, CancellationToken ct = default)
    {
        var rebuilt = new List<string>();
        foreach (var region in await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct).ConfigureAwait(false))
        {
            if (await IsCurrentAsync(db, region, ct).ConfigureAwait(false))
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await RefreshRegionAsync(db, region.Code, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            rebuilt.Add(region.Code);
        }

        return rebuilt;
    }

    private static async Task<bool> IsCurrentAsync(JixiaoDbContext db, Region region, CancellationToken ct)
    {
        var stamp = StampOf(RegionProfiles.Monitoring(region));
        var lines = db.ExecutionSummaries.Where(s => s.RegionCode == region.Code);
        return !await lines.AnyAsync(s => s.ProfileStamp != stamp, ct).ConfigureAwait(false)
            && !await db.Projects.AnyAsync(p => p.Unit!.RegionCode == region.Code && p.RemovedAt == null && !db.ExecutionSummaries.Any(s => s.ProjectId == p.Id), ct).ConfigureAwait(false)
            && !await lines.AnyAsync(s => s.Project!.RemovedAt != null || s.Project.Unit!.RegionCode != region.Code, ct).ConfigureAwait(false);
    }

    /// <summary>The lines of the current (not removed) projects among <paramref name="ids"/>, computed now from what
    /// is stored; unattached. Also what tests compare the stored lines with.</summary>
    public static Task<Dictionary<int, ExecutionSummary>> ComputeAsync(JixiaoDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct = default) =>
        ComputeAsync(db, ids, null, ct);

    private static async Task<Dictionary<int, ExecutionSummary>> ComputeAsync(JixiaoDbContext db, IReadOnlyCollection<int> ids, TouchedRows? written,
        CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id) && p.RemovedAt == null)
            .Select(p => new { p.Id, p.FiscalYear, p.UnitId, UnitCode = p.Unit!.Code, p.Unit.RegionCode, p.CurrentVersion }).ToListAsync(ct).ConfigureAwait(false);
        var regionCodes = projects.Select(p => p.RegionCode).Distinct().ToList();
        var profiles = (await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(r => r.Code, r => RegionProfiles.Monitoring(r), StringComparer.Ordinal);
        // Projects the write created, with their current version in hand: no 监控表, execution data or payments refer to them.
        var inHand = new Dictionary<int, ProjectVersion>();
        foreach (var p in projects)
        {
            if (written?.NewProjectVersion(p.Id) is { } version && version.Number == p.CurrentVersion)
            {
                inHand[p.Id] = version;
            }
        }

        var current = projects.Where(p => !inHand.ContainsKey(p.Id)).Select(p => p.Id).ToList();
        // Only the budget and the plan are needed, unless a 监控表 brings indicator values (loaded below).
        var versions = current.Count == 0 ? [] : await db.ProjectVersions.AsNoTracking().Include(v => v.Checkpoints)
            .Where(v => current.Contains(v.ProjectId) && v.Number == v.Project!.CurrentVersion)
            .ToDictionaryAsync(v => v.ProjectId, ct).ConfigureAwait(false);
        var records = (current.Count == 0 ? [] : await db.MonitoringRecords.AsNoTracking().Where(m => current.Contains(m.ProjectId)).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(m => m.ProjectId);
        var checkpointRecords = projects
            .Select(p => (p.Id, Record: records[p.Id].FirstOrDefault(r => r.Month == profiles[p.RegionCode].CheckpointMonth)))
            .Where(p => p.Record is not null).ToDictionary(p => p.Id, p => p.Record!);
        await LoadIndicatorsAsync(db, [.. checkpointRecords.Keys.Select(id => versions[id])], ct).ConfigureAwait(false);
        var approved = projects.Where(p => versions.ContainsKey(p.Id)).Select(p => (p.Id, ProjectMapping.ToDomain(versions[p.Id]))).ToList();
        var executions = current.Count == 0 ? [] : await ExecutionLoader.LoadAsync(db, approved, ct).ConfigureAwait(false);
        foreach (var p in projects.Where(p => inHand.ContainsKey(p.Id)))
        {
            // As read back: the head and the plan, without the goals and indicator rows (no 监控表 to assess them by).
            var project = ProjectMapping.ToPlan(inHand[p.Id]);
            approved.Add((p.Id, project));
            executions[p.Id] = ExecutionLoader.WithoutRecords(project);
        }

        var byId = projects.ToDictionary(p => p.Id);
        // One stamp per profile, not a hash of the profile per project.
        var stamps = profiles.ToDictionary(p => p.Key, p => StampOf(p.Value), StringComparer.Ordinal);
        var result = new Dictionary<int, ExecutionSummary>();
        foreach (var (id, project) in approved)
        {
            var p = byId[id];
            var line = new ExecutionSummary
            {
                ProjectId = id, RegionCode = p.RegionCode, FiscalYear = p.FiscalYear, UnitId = p.UnitId, UnitCode = p.UnitCode, Sequence = project.Sequence,
            };
            Assess(line, project, executions[id], checkpointRecords.GetValueOrDefault(id), profiles[p.RegionCode], stamps[p.RegionCode]);
            result[id] = line;
        }

        return result;
    }

    private static async Task LoadIndicatorsAsync(JixiaoDbContext db, IReadOnlyList<ProjectVersion> versions, CancellationToken ct)
    {
        if (versions.Count == 0)
        {
            // No 监控表 among the projects (every line of an import's new projects): PostgreSQL would still be asked,
            // once per document, for the indicator rows of no version.
            return;
        }

        var versionIds = versions.Select(v => v.Id).ToList();
        var indicators = (await db.ProjectIndicators.AsNoTracking().Where(i => versionIds.Contains(i.VersionId)).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(i => i.VersionId);
        foreach (var version in versions)
        {
            version.Indicators = [.. indicators[version.Id]];
        }
    }

    /// <summary>Fills the figures of one line: the report at the checkpoint month assessed by the domain, and the
    /// execution curve month by month.</summary>
    private static void Assess(ExecutionSummary line, BudgetProject project, ExecutionData execution, MonitoringRecord? record, MonitoringProfile profile, string stamp)
    {
        var month = profile.CheckpointMonth;
        var assessment = MonitoringAssessor.Assess(MonitoringReports.Build(project, line.FiscalYear, string.Empty, month, execution, record), profile);
        var report = assessment.Report;
        line.Month = month;
        line.ProfileStamp = stamp;
        line.BudgetFen = report.Budget.Fen;
        line.SpentFen = report.Spent.Fen;
        line.RateOrder = RateOrder(report.ExecutionRate);
        line.BudgetLight = assessment.BudgetLight;
        line.PlanLight = assessment.PlanLight;
        line.GoalLight = assessment.GoalLight;
        line.ProjectLight = assessment.ProjectLight;
        line.Reported = record is not null;
        line.PlanKey = PlanKeys.Of(project.SpendingPlan);
        line.CurveBudgetFen = execution.Budget.Fen;
        line.LastMonth = execution.LastMonth(line.FiscalYear);
        for (var m = 1; m <= 12; m++)
        {
            line.SetSpentTo(m, execution.SpentToMonthEnd(project.ProjectCode, line.FiscalYear, m).Fen);
        }
    }

    private static long? RateOrder(decimal? rate)
    {
        if (rate is not { } r)
        {
            return null;
        }

        var scaled = Math.Round(r * 1_000_000_000m, MidpointRounding.AwayFromZero);
        return scaled >= long.MaxValue ? long.MaxValue : scaled <= long.MinValue ? long.MinValue : (long)scaled;
    }
}
