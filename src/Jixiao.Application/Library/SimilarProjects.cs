using Jixiao.Domain.Text;
using Jixiao.Data;
using Jixiao.Domain.Library;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Library;

/// <summary>
/// "从同类项目添加指标": approved projects of the same region in earlier years whose names are most like the edited
/// project's (Dice of bigrams, with the project-kind words of the name counting twice), the same department
/// first among equals and the latest year first; each with its indicator rows.
/// </summary>
public static class SimilarProjects
{
    public static async Task<IReadOnlyList<SimilarProject>> FindAsync(JixiaoDbContext db, string regionCode, int fiscalYear, string projectName,
        string departmentCode, int take = 3, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var name = ChineseText.Key(projectName);
        if (name.Length == 0)
        {
            return [];
        }

        var kinds = ProjectKinds.Default.Of(name);
        var candidates = await (
                from v in db.ProjectVersions.AsNoTracking()
                join p in db.Projects on v.ProjectId equals p.Id
                join d in db.Documents on p.DocumentId equals d.Id
                join w in db.WorkflowStates on d.Id equals w.DocumentId
                where v.Number == p.CurrentVersion && p.RemovedAt == null && LibraryBuild.Approved.Contains(w.Status) && d.RegionCode == regionCode && p.FiscalYear < fiscalYear
                select new { v.Id, p.FiscalYear, v.Name, d.DepartmentCode, d.DepartmentName, ProjectId = p.Id })
            .ToListAsync(ct).ConfigureAwait(false);
        var best = candidates
            .Select(c => (Candidate: c, Similarity: Similarity(name, kinds, ChineseText.Key(c.Name))))
            .Where(c => c.Similarity >= 0.4)
            .OrderByDescending(c => c.Similarity)
            .ThenByDescending(c => c.Candidate.DepartmentCode == departmentCode)
            .ThenByDescending(c => c.Candidate.FiscalYear)
            .GroupBy(c => ChineseText.Key(c.Candidate.Name), StringComparer.Ordinal)
            .Select(g => g.First())
            .Take(take)
            .ToList();
        if (best.Count == 0)
        {
            return [];
        }

        var versionIds = best.Select(b => b.Candidate.Id).ToList();
        var rows = (await db.ProjectIndicators.AsNoTracking().Where(i => versionIds.Contains(i.VersionId)).OrderBy(i => i.Row)
                .Select(i => new { i.VersionId, i.Level1, i.Level2, i.Name, i.Description, i.TargetText, i.TargetBasis }).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(i => i.VersionId);
        return [.. best.Select(b => new SimilarProject(b.Candidate.ProjectId, b.Candidate.FiscalYear, b.Candidate.Name, b.Candidate.DepartmentName,
            Math.Round(b.Similarity, 2), [.. rows[b.Candidate.Id].Select(r => new SimilarRow(r.Level1, r.Level2, r.Name, r.Description, r.TargetText, r.TargetBasis))]))];
    }

    /// <summary>Bigram likeness of the names, raised to 1 when both name the same project kinds (业务培训经费 and
    /// 干部培训经费 are both 培训 projects) and averaged with it.</summary>
    public static double Similarity(string name, IReadOnlyList<string> kinds, string other)
    {
        var dice = NameSimilarity.Dice(name, other);
        if (kinds.Count == 0)
        {
            return dice;
        }

        var shared = kinds.Count(k => other.Contains(k, StringComparison.Ordinal));
        return (dice + ((double)shared / kinds.Count)) / 2;
    }
}
