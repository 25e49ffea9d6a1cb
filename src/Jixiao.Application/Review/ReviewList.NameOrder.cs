using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// <summary>The project-name order of the 审核 list by seek: the projects in the order's sequence with their counts, once
/// per filter (kept per write stamp by the web), and a page read from the projects of the names that hold it.</summary>
public static partial class ReviewList
{
    /// <summary>The filtered list's findings counted per project (through the findings' (run, project) index; a rule or
    /// severity filter reads the rows), each with its project's current name, sorted by the database (name, then project)
    /// as the list sorts its findings — never in .NET, whose string order is not the database's collation. The documents'
    /// own findings (no project) have no name and come first, with any project without one.</summary>
    public static async Task<ReviewNameOrder> NameOrderAsync(JixiaoDbContext db, FindingFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var counted = ReviewQueries.Matching(db, filter).GroupBy(f => f.ProjectId).Select(g => new { ProjectId = g.Key, Count = g.Count() });
        var projects = await counted
            .Select(c => new { c.ProjectId, c.Count, Name = db.ProjectVersions.Where(v => v.ProjectId == c.ProjectId && v.Number == v.Project!.CurrentVersion).Select(v => v.Name).FirstOrDefault() ?? string.Empty })
            .OrderBy(c => c.Name).ThenBy(c => c.ProjectId)
            .ToListAsync(ct).ConfigureAwait(false);

        // One block per name: the list sorts a name's findings by rule across its projects, so a page reads whole names.
        var blockStarts = new List<int>();
        var before = new List<int>();
        var total = 0;
        for (var i = 0; i < projects.Count; i++)
        {
            if (i == 0 || !string.Equals(projects[i].Name, projects[i - 1].Name, StringComparison.Ordinal))
            {
                blockStarts.Add(i);
                before.Add(total);
            }

            total += projects[i].Count;
        }

        blockStarts.Add(projects.Count);
        before.Add(total);
        return new ReviewNameOrder([.. projects.Select(p => p.ProjectId)], [.. blockStarts], [.. before]);
    }

    /// <summary>Findings skip .. skip + take of the filtered list in the project-name order, as
    /// <see cref="SortedByNameAsync"/> reads them: the findings of the names whose blocks hold the page (a page rarely
    /// spans more than ten projects) sorted by the list's order, from the first block's offset. Those blocks are
    /// consecutive in the whole list, so their findings in that order are that stretch of the list; the database sorts
    /// the few rows, by the same collation as the names of <see cref="NameOrderAsync"/>.</summary>
    private static async Task<IReadOnlyList<FindingRow>> NamePageAsync(JixiaoDbContext db, FindingFilter filter, ReviewNameOrder order, int skip, int take,
        CancellationToken ct)
    {
        var (projects, offset) = order.OfPage(skip, take);
        if (projects.Count == 0)
        {
            return [];
        }

        var ids = projects.Where(p => p is not null).Select(p => p!.Value).ToList();
        var findings = ReviewQueries.Matching(db, filter);
        findings = projects.Contains(null)
            ? ids.Count == 0 ? findings.Where(f => f.ProjectId == null) : findings.Where(f => f.ProjectId == null || ids.Contains(f.ProjectId.Value))
            : findings.Where(f => f.ProjectId != null && ids.Contains(f.ProjectId.Value));
        var rows = await ByProjectName(db, ReviewQueries.Columns(db, findings)).Skip(offset).Take(take).ToListAsync(ct).ConfigureAwait(false);
        return await ReviewQueries.WithNamesAsync(db, rows, ct).ConfigureAwait(false);
    }

    /// <summary>Findings skip .. skip + take of the filtered list in the project-name order by sorting the whole filtered
    /// set in the database: how the list read this order before it sought (seconds a page at a million findings). The
    /// reference the seek (<see cref="PageAsync"/>) is compared with, page by page.</summary>
    public static async Task<IReadOnlyList<FindingRow>> SortedByNameAsync(JixiaoDbContext db, FindingFilter filter, int skip, int take, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = await ByProjectName(db, ReviewQueries.Columns(db, ReviewQueries.Matching(db, filter))).Skip(skip).Take(take).ToListAsync(ct).ConfigureAwait(false);
        return await ReviewQueries.WithNamesAsync(db, rows, ct).ConfigureAwait(false);
    }

    /// <summary>The ids of every finding of the filtered list in the project-name order, sorted whole by the database:
    /// the reference a walk of every page is compared with on a province's data (one query instead of a page each).</summary>
    public static Task<List<long>> IdsSortedByNameAsync(JixiaoDbContext db, FindingFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ByProjectName(db, ReviewQueries.Columns(db, ReviewQueries.Matching(db, filter))).Select(f => f.Id).ToListAsync(ct);
    }

    /// <summary>Project name (the documents' own findings first), rule, then the list's own order so that pages do not
    /// overlap.</summary>
    private static IOrderedQueryable<FindingColumns> ByProjectName(JixiaoDbContext db, IQueryable<FindingColumns> rows) => rows
        .OrderBy(f => db.ProjectVersions.Where(v => v.ProjectId == f.ProjectId && v.Number == v.Project!.CurrentVersion).Select(v => v.Name).FirstOrDefault() ?? string.Empty)
        .ThenBy(f => f.RuleId)
        .ThenBy(f => f.DocumentId).ThenBy(f => f.ProjectSequence == null ? 0 : 1).ThenBy(f => f.ProjectSequence).ThenBy(f => f.IndicatorRow).ThenBy(f => f.Id);
}
