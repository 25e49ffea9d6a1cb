using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// <summary>
/// The 审核 list of a region's year at a province's size (≈ a million findings in the latest runs): the counts per
/// unit, run, rule and severity are summed from the lines stored with each run (<see cref="SummarizeAsync"/>), and a page
/// reads only its own 100 findings (<see cref="PageAsync"/>) — never the whole list into memory.
/// </summary>
public static partial class ReviewList
{
    /// <summary>The sort orders, by the value kept in the URL; anything else is the list's own order (unit, project, row).</summary>
    public const string BySeverity = "severity", ByRule = "rule", ByProject = "project";

    /// <summary>The counts of the filtered list, summed from the runs' stored lines per unit, rule and severity
    /// (<see cref="ReviewFindingCount"/>, ≈ 7 findings a line on a province) rather than by counting the findings.</summary>
    public static async Task<ReviewListSummary> SummarizeAsync(JixiaoDbContext db, FindingFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var counts = ReviewQueries.MatchingCounts(db, filter);
        var byUnitRun = await counts.GroupBy(c => new { c.UnitId, c.ReviewRunId, c.Severity })
            .Select(g => new { g.Key.UnitId, g.Key.ReviewRunId, g.Key.Severity, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct).ConfigureAwait(false);
        var byRule = await counts.GroupBy(c => new { c.RuleId, c.Severity }).Select(g => new { g.Key.RuleId, g.Key.Severity, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct).ConfigureAwait(false);

        var runIds = byUnitRun.Select(x => x.ReviewRunId).Distinct().ToList();
        var runs = await db.ReviewRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).Select(r => new { r.Id, r.DocumentId, r.Document!.DepartmentName })
            .ToDictionaryAsync(r => r.Id, ct).ConfigureAwait(false);
        // The region's units read whole and picked in memory: a list of 20,000 ids would be 20,000 query parameters.
        var withFindings = byUnitRun.Where(x => x.UnitId != null).Select(x => x.UnitId!.Value).ToHashSet();
        var unitsById = (await db.Units.AsNoTracking().Where(u => u.RegionCode == filter.RegionCode).Select(u => new { u.Id, u.Code, u.Name })
                .ToListAsync(ct).ConfigureAwait(false))
            .Where(u => withFindings.Contains(u.Id)).ToDictionary(u => u.Id);

        var byUnit = Lines(byUnitRun.Select(x => (
            Key: x.UnitId is { } u && unitsById.TryGetValue(u, out var unit) ? unit.Code : runs[x.ReviewRunId].DepartmentName,
            Name: x.UnitId is { } v && unitsById.TryGetValue(v, out var named) ? named.Name : runs[x.ReviewRunId].DepartmentName + "（文档）",
            x.Severity, x.Count)));
        var rules = Lines(byRule.Select(x => (Key: x.RuleId, Name: RuleTitles.Of(x.RuleId), x.Severity, x.Count)));
        int Sum(Severity s) => byRule.Where(x => x.Severity == s).Sum(x => x.Count);
        return new ReviewListSummary(Sum(Severity.Error), Sum(Severity.Warning), Sum(Severity.Info), byUnit, rules,
            [.. byUnitRun.GroupBy(x => x.ReviewRunId).Select(g => (RunId: g.Key, Count: g.Sum(x => x.Count))).OrderBy(r => runs[r.RunId].DocumentId)]);
    }

    /// <summary>The groups of the list in the severity or rule order (<see cref="BySeverity"/>, <see cref="ByRule"/>): the
    /// findings of one severity or rule and one unit, in the order's sequence, each with its count summed from the stored
    /// lines. A page of those orders reads only the groups that hold it (<see cref="PageAsync"/>).</summary>
    public static async Task<ReviewOrderGroups> GroupsAsync(JixiaoDbContext db, FindingFilter filter, string sort, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var counts = ReviewQueries.MatchingCounts(db, filter);
        var lines = sort == BySeverity
            ? (await counts.GroupBy(c => new { c.Severity, c.UnitId }).Select(g => new { g.Key.Severity, g.Key.UnitId, Count = g.Sum(c => c.Count) })
                .ToListAsync(ct).ConfigureAwait(false)).Select(x => (Key: x.Severity.ToString(), Rank: SeverityRank(x.Severity), x.UnitId, x.Count)).ToList()
            : sort == ByRule
                ? (await counts.GroupBy(c => new { c.RuleId, c.UnitId }).Select(g => new { g.Key.RuleId, g.Key.UnitId, Count = g.Sum(c => c.Count) })
                    .ToListAsync(ct).ConfigureAwait(false)).Select(x => (Key: x.RuleId, Rank: 0, x.UnitId, x.Count)).ToList()
                : throw new ArgumentException($"Not an order by groups: {sort}", nameof(sort));

        // The region's units read whole and picked in memory, as in the summary (20,000 ids would be as many parameters).
        var withLines = lines.Where(x => x.UnitId != null).Select(x => x.UnitId!.Value).ToHashSet();
        var codes = (await db.Units.AsNoTracking().Where(u => u.RegionCode == filter.RegionCode).Select(u => new { u.Id, u.Code })
                .ToListAsync(ct).ConfigureAwait(false))
            .Where(u => withLines.Contains(u.Id)).ToDictionary(u => u.Id, u => u.Code);
        return new ReviewOrderGroups(sort, [.. lines
            .Select(x => new ReviewOrderGroup(x.Key, x.Rank, x.UnitId, x.UnitId is { } u ? codes.GetValueOrDefault(u, string.Empty) : string.Empty, x.Count))
            .OrderBy(g => g.Rank).ThenBy(g => g.Key, StringComparer.Ordinal).ThenBy(g => g.UnitId == null ? 0 : 1).ThenBy(g => g.UnitCode, StringComparer.Ordinal)
            .ThenBy(g => g.UnitId)]);
    }

    /// <summary>Findings <paramref name="skip"/> to skip + take of the filtered list in the chosen order, reading only what
    /// holds the page: in the list's own order the runs that hold it (the summary's counts per run tell which); in the
    /// severity and rule orders the groups of one severity or rule and one unit that hold it (<paramref name="groups"/>,
    /// from <see cref="GroupsAsync"/>); in the project-name order the projects whose names' blocks hold it
    /// (<paramref name="names"/>, from <see cref="NameOrderAsync"/>).</summary>
    public static async Task<IReadOnlyList<FindingRow>> PageAsync(JixiaoDbContext db, FindingFilter filter, ReviewListSummary summary, string? sort, int skip, int take,
        ReviewOrderGroups? groups = null, ReviewNameOrder? names = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (sort is BySeverity or ByRule)
        {
            return await GroupedPageAsync(db, filter, groups is not null && groups.Sort == sort ? groups : await GroupsAsync(db, filter, sort, ct).ConfigureAwait(false),
                skip, take, ct).ConfigureAwait(false);
        }

        if (sort is ByProject)
        {
            return await NamePageAsync(db, filter, names ?? await NameOrderAsync(db, filter, ct).ConfigureAwait(false), skip, take, ct).ConfigureAwait(false);
        }

        var (runIds, offset) = RunsOfPage(summary.Runs, skip, take);
        if (runIds.Count == 0)
        {
            return [];
        }

        var findings = ReviewQueries.Matching(db, filter).Where(f => runIds.Contains(f.ReviewRunId));
        var rows = await ReviewQueries.Ordered(ReviewQueries.Columns(db, findings)).Skip(offset).Take(take).ToListAsync(ct).ConfigureAwait(false);
        return await ReviewQueries.WithNamesAsync(db, rows, ct).ConfigureAwait(false);
    }

    /// <summary>A page in the severity or rule order: the findings of the groups that hold it — the documents' own through
    /// the runs, a unit's through its projects (the findings' project index) —, sorted in memory by severity or rule,
    /// unit code (the documents' own first), project code, then the list's own order; a page reads its groups' findings,
    /// never the filtered set.</summary>
    private static async Task<IReadOnlyList<FindingRow>> GroupedPageAsync(JixiaoDbContext db, FindingFilter filter, ReviewOrderGroups order, int skip, int take,
        CancellationToken ct)
    {
        var (groups, offset) = GroupsOfPage(order.Groups, skip, take);
        if (groups.Count == 0)
        {
            return [];
        }

        var findings = ReviewQueries.Matching(db, filter);
        var keys = groups.Select(g => g.Key).Distinct().ToList();
        if (order.Sort == BySeverity && keys.Count == 1)
        {
            var severity = Enum.Parse<Severity>(keys[0]);
            findings = findings.Where(f => f.Severity == severity);
        }
        else if (order.Sort == ByRule)
        {
            findings = findings.Where(f => keys.Contains(f.RuleId));
        }

        var rows = new List<FindingColumns>();
        if (groups.Any(g => g.UnitId is null))
        {
            rows.AddRange(await ReviewQueries.Columns(db, findings.Where(f => f.ProjectId == null)).ToListAsync(ct).ConfigureAwait(false));
        }

        var unitIds = groups.Where(g => g.UnitId is not null).Select(g => g.UnitId!.Value).Distinct().ToList();
        if (unitIds.Count > 0)
        {
            var projects = db.Projects.Where(p => unitIds.Contains(p.UnitId)).Select(p => (int?)p.Id);
            rows.AddRange(await ReviewQueries.Columns(db, findings.Where(f => projects.Contains(f.ProjectId))).ToListAsync(ct).ConfigureAwait(false));
        }

        var named = await ReviewQueries.WithNamesAsync(db, rows, ct).ConfigureAwait(false);
        var wanted = groups.Select(g => (g.Key, g.UnitId)).ToHashSet();
        string KeyOf(FindingRow r) => order.Sort == BySeverity ? r.Severity.ToString() : r.RuleId;
        return [.. rows.Zip(named)
            .Where(x => wanted.Contains((KeyOf(x.Second), x.Second.UnitId)))
            .OrderBy(x => order.Sort == BySeverity ? SeverityRank(x.Second.Severity) : 0).ThenBy(x => KeyOf(x.Second), StringComparer.Ordinal)
            .ThenBy(x => x.Second.UnitId == null ? 0 : 1).ThenBy(x => x.Second.UnitCode, StringComparer.Ordinal).ThenBy(x => x.Second.UnitId)
            .ThenBy(x => x.First.ProjectCode ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(x => x.First.DocumentId).ThenBy(x => x.First.ProjectSequence == null ? 0 : 1).ThenBy(x => x.First.ProjectSequence)
            .ThenBy(x => x.First.IndicatorRow).ThenBy(x => x.First.Id)
            .Skip(offset).Take(take).Select(x => x.Second)];
    }

    /// <summary>The groups that hold findings skip .. skip + take, and where the page starts within the first of them.</summary>
    private static (List<ReviewOrderGroup> Groups, int Offset) GroupsOfPage(IReadOnlyList<ReviewOrderGroup> groups, int skip, int take)
    {
        var held = new List<ReviewOrderGroup>();
        var before = 0;
        var offset = 0;
        foreach (var g in groups)
        {
            if (before + g.Count > skip && before < skip + take)
            {
                if (held.Count == 0)
                {
                    offset = skip - before;
                }

                held.Add(g);
            }

            before += g.Count;
        }

        return (held, offset);
    }

    private static int SeverityRank(Severity severity) => severity == Severity.Error ? 0 : severity == Severity.Warning ? 1 : 2;

    /// <summary>At most <paramref name="take"/> findings of the filtered list after the finding <paramref name="after"/>
    /// (0: from the start), run by run in the list's run order (<see cref="ReviewListSummary.Runs"/>) and by id within a
    /// run: a cursor through every finding (the API's <c>after</c>). The cursor's run is found by its id (the primary
    /// key), and each run is read through the findings' run index, so a page never reads or counts the findings before
    /// it. Null when <paramref name="after"/> is no finding of the list.</summary>
    public static async Task<IReadOnlyList<FindingRow>?> AfterAsync(JixiaoDbContext db, FindingFilter filter, ReviewListSummary summary, long after, int take,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var start = 0;
        if (after > 0)
        {
            var runId = await db.ReviewFindings.AsNoTracking().Where(f => f.Id == after).Select(f => (long?)f.ReviewRunId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            start = runId is null ? -1 : summary.Runs.Select(r => r.RunId).ToList().IndexOf(runId.Value);
            if (start < 0)
            {
                return null;
            }
        }

        var rows = new List<FindingColumns>();
        var findings = ReviewQueries.Matching(db, filter);
        for (var i = start; i < summary.Runs.Count && rows.Count < take; i++)
        {
            var runId = summary.Runs[i].RunId;
            var from = i == start ? after : 0;
            rows.AddRange(await ReviewQueries.Columns(db, findings.Where(f => f.ReviewRunId == runId && f.Id > from).OrderBy(f => f.Id).Take(take - rows.Count))
                .ToListAsync(ct).ConfigureAwait(false));
        }

        return await ReviewQueries.WithNamesAsync(db, rows, ct).ConfigureAwait(false);
    }

    /// <summary>The runs (in the list's order, one document each) that hold findings skip .. skip + take, and where the
    /// page starts within the first of them.</summary>
    private static (List<long> RunIds, int Offset) RunsOfPage(IReadOnlyList<(long RunId, int Count)> runs, int skip, int take)
    {
        var ids = new List<long>();
        var before = 0;
        var offset = 0;
        foreach (var (runId, count) in runs)
        {
            if (before + count > skip && before < skip + take)
            {
                if (ids.Count == 0)
                {
                    offset = skip - before;
                }

                ids.Add(runId);
            }

            before += count;
        }

        return (ids, offset);
    }

    private static List<FindingCount> Lines(IEnumerable<(string Key, string Name, Severity Severity, int Count)> counts) =>
        [.. counts.GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => new FindingCount(g.Key, g.First().Name, g.Where(x => x.Severity == Severity.Error).Sum(x => x.Count),
                g.Where(x => x.Severity == Severity.Warning).Sum(x => x.Count), g.Where(x => x.Severity == Severity.Info).Sum(x => x.Count)))
            .OrderByDescending(x => x.Errors).ThenByDescending(x => x.Warnings).ThenBy(x => x.Key, StringComparer.Ordinal)];
}
