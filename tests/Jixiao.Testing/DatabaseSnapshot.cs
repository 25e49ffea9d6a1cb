using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Testing;

/// <summary>Row counts of every table plus each project's current version and budget: enough to see that an
/// operation changed nothing.</summary>
public static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(JixiaoDbContext db)
    {
        var parts = new List<string>
        {
            $"regions={await db.Regions.CountAsync()}",
            $"years={await db.FiscalYears.CountAsync()}",
            $"units={await db.Units.CountAsync()}",
            $"documents={await db.Documents.CountAsync()}",
            $"subgoals={await db.DocumentSubGoals.CountAsync()}",
            $"safeguards={await db.DocumentSafeguards.CountAsync()}",
            $"projects={await db.Projects.CountAsync()}",
            $"versions={await db.ProjectVersions.CountAsync()}",
            $"checkpoints={await db.PlanCheckpoints.CountAsync()}",
            $"goals={await db.ProjectGoals.CountAsync()}",
            $"indicators={await db.ProjectIndicators.CountAsync()}",
            $"audit={await db.AuditEntries.CountAsync()}",
        };
        var projects = await db.Projects.OrderBy(p => p.Code)
            .Select(p => p.Code + ":" + p.CurrentVersion + ":" + (p.RemovedAt == null ? "" : "removed")).ToListAsync();
        var documents = await db.Documents.OrderBy(d => d.Id).Select(d => d.OverallGoal + d.UpdatedAt).ToListAsync();
        return string.Join('\n', parts.Concat(projects).Concat(documents));
    }
}
