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
    public static async Task<ReviewNameOrder> NameOrderAsync(JixiaoDbContext db, FindingFilter filter, CancellationToken ct = default) =>
        await NameOrderAsync(db, filter, ReviewNameOrder.DefaultReadWhole, ct).ConfigureAwait(false);

    /// <summary><see cref="NameOrderAsync(JixiaoDbContext, FindingFilter, CancellationToken)"/> with names of more than
    /// <paramref name="readWhole"/> findings read through their parts.</summary>
    public static async Task<ReviewNameOrder> NameOrderAsync(JixiaoDbContext db, FindingFilter filter, int readWhole, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var counted = ReviewQueries.Matching(db, filter).GroupBy(f => f.ProjectId).Select(g => new { ProjectId = g.Key, Count = g.Count() });
        var projects = await counted
            .Select(c => new { c.ProjectId, c.Count, Name = db.ProjectVersions.Where(v => v.ProjectId == c.ProjectId && v.Number == v.Project!.CurrentVersion).Select(v => v.Name).FirstOrDefault() ?? string.Empty })
            .OrderBy(c => c.Name).ThenBy(c => c.ProjectId)
            .ToListAsync(ct).ConfigureAwait(false);

        // One block per name: the list sorts a name's findings by rule across its projects, so a page reads whole names.
        var blocks = ReviewOrderBlocks.Of([.. projects.Select(p => p.Count)], i => string.Equals(projects[i].Name, projects[i - 1].Name, StringComparison.Ordinal));
        return new ReviewNameOrder([.. projects.Select(p => p.ProjectId)], blocks, readWhole);
    }

    /// <summary>Findings skip .. skip + take of the filtered list in the project-name order, as
    /// <see cref="SortedByNameAsync"/> reads them: from each name whose block holds part of the page, that part. Blocks
    /// are consecutive stretches of the whole list, so their findings in the list's order are those stretches; the
    /// database sorts the few rows, by the same collation as the names of <see cref="NameOrderAsync"/>.</summary>
    private static async Task<IReadOnlyList<FindingRow>> NamePageAsync(JixiaoDbContext db, FindingFilter filter, ReviewNameOrder order, int skip, int take,
        CancellationToken ct)
    {
        if (order.Blocks.OfPage(skip, take) is not var (first, last))
        {
            return [];
        }

        var rows = new List<FindingColumns>();
        for (var b = first; b <= last; b++)
        {
            var start = order.Blocks.FindingsBefore(b);
            var from = Math.Max(skip, start) - start;
            var to = Math.Min(skip + take, start + order.Blocks.CountOf(b)) - start;
            rows.AddRange(await NameSliceAsync(db, filter, order, b, from, to - from, ct).ConfigureAwait(false));
        }

        return await ReviewQueries.WithNamesAsync(db, rows, ct).ConfigureAwait(false);
    }

    /// <summary>Findings skip .. skip + take of one name's block: a small block (or the documents' own findings) read
    /// whole and sorted by the database; a large one through its part (<see cref="NamePartAsync"/>), reading only the
    /// groups of (rule, project, table) that hold the slice.</summary>
    private static async Task<IReadOnlyList<FindingColumns>> NameSliceAsync(JixiaoDbContext db, FindingFilter filter, ReviewNameOrder order, int block, int skip, int take,
        CancellationToken ct)
    {
        var projects = order.ProjectIds[order.Blocks.GroupsOf(block)];
        var ids = projects.Where(p => p is not null).Select(p => p!.Value).ToList();
        var findings = ReviewQueries.Matching(db, filter);
        if (projects.Contains(null))
        {
            findings = ids.Count == 0 ? findings.Where(f => f.ProjectId == null) : findings.Where(f => f.ProjectId == null || ids.Contains(f.ProjectId.Value));
            return await ByProjectName(db, ReviewQueries.Columns(db, findings)).Skip(skip).Take(take).ToListAsync(ct).ConfigureAwait(false);
        }

        findings = findings.Where(f => f.ProjectId != null && ids.Contains(f.ProjectId.Value));
        if (order.Blocks.CountOf(block) <= order.ReadWhole || take >= order.Blocks.CountOf(block))
        {
            return await ByProjectName(db, ReviewQueries.Columns(db, findings)).Skip(skip).Take(take).ToListAsync(ct).ConfigureAwait(false);
        }

        var part = await order.PartAsync(block, () => NamePartAsync(db, findings, ct)).ConfigureAwait(false);
        if (part.Blocks.OfPage(skip, take) is not var (first, last))
        {
            return [];
        }

        var groups = Enumerable.Range(part.Blocks.GroupsOf(first).Start.Value, part.Blocks.GroupsOf(last).End.Value - part.Blocks.GroupsOf(first).Start.Value)
            .Select(i => (part.ProjectIds[i], part.RuleIds[i], part.Sequences[i])).ToHashSet();
        var partIds = groups.Select(g => g.Item1!.Value).Distinct().ToList();
        var rules = groups.Select(g => g.Item2).Distinct().ToList();
        var partFindings = ReviewQueries.Matching(db, filter).Where(f => f.ProjectId != null && partIds.Contains(f.ProjectId.Value) && rules.Contains(f.RuleId));
        var read = await ByProjectName(db, ReviewQueries.Columns(db, partFindings))
            .ToListAsync(ct).ConfigureAwait(false);
        // The rows of the page's groups, in the order read: a projection of the list's order keeps it.
        return [.. read.Where(f => groups.Contains((f.ProjectId, f.RuleId, f.ProjectSequence))).Skip(skip - part.Blocks.FindingsBefore(first)).Take(take)];
    }

    /// <summary>A large name's findings counted per (rule, run, table, project) and sorted by the database as the list
    /// sorts them after the name: rule, document, table (none first), then project; groups equal but for the project
    /// are one block (their findings mix by row and id).</summary>
    private static async Task<ReviewNamePart> NamePartAsync(JixiaoDbContext db, IQueryable<Data.Entities.ReviewFinding> findings, CancellationToken ct)
    {
        var groups = await findings.GroupBy(f => new { f.RuleId, f.ReviewRunId, f.ProjectSequence, f.ProjectId })
            .Select(g => new { g.Key.RuleId, g.Key.ReviewRunId, g.Key.ProjectSequence, g.Key.ProjectId, Count = g.Count() })
            .Join(db.ReviewRuns, g => g.ReviewRunId, r => r.Id,
                (g, r) => new { g.RuleId, r.DocumentId, g.ProjectSequence, g.ProjectId, g.Count })
            .OrderBy(g => g.RuleId).ThenBy(g => g.DocumentId).ThenBy(g => g.ProjectSequence == null ? 0 : 1).ThenBy(g => g.ProjectSequence).ThenBy(g => g.ProjectId)
            .ToListAsync(ct).ConfigureAwait(false);
        var blocks = ReviewOrderBlocks.Of([.. groups.Select(g => g.Count)], i => string.Equals(groups[i].RuleId, groups[i - 1].RuleId, StringComparison.Ordinal)
            && groups[i].DocumentId == groups[i - 1].DocumentId && groups[i].ProjectSequence == groups[i - 1].ProjectSequence);
        return new ReviewNamePart([.. groups.Select(g => g.ProjectId)], [.. groups.Select(g => g.RuleId)], [.. groups.Select(g => g.ProjectSequence)], blocks);
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
