using Jixiao.Application.Library;
using Jixiao.Data;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// <summary>What a stored document's review needs beyond the document and the database holds: last year's actual
/// values (实际完成值 of the same projects' 自评表, matched by project code and 三级指标), so BAS-03 (a 历史标准 target
/// easier than last year's actual) fires on stored documents as it does on a supplied file; and the region's indicator
/// library (BAS-05, TAX-09).</summary>
public static class ReviewSupplements
{
    public static async Task<ReviewSupplement> ForAsync(JixiaoDbContext db, PerformanceDocument document, CancellationToken ct = default) =>
        (await ForAsync(db, [document], ct).ConfigureAwait(false))[0];

    /// <summary>The supplement of each of <paramref name="documents"/>, in their order: two queries per fiscal year
    /// among them, whatever the number of documents.</summary>
    public static async Task<IReadOnlyList<ReviewSupplement>> ForAsync(JixiaoDbContext db, IReadOnlyList<PerformanceDocument> documents, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var supplements = new ReviewSupplement[documents.Count];
        Array.Fill(supplements, ReviewSupplement.None);
        foreach (var year in documents.Select((d, i) => (d.FiscalYear, Index: i)).GroupBy(d => d.FiscalYear))
        {
            var byCode = year.Select(d => documents[d.Index].Projects.GroupBy(p => ProjectCode.Normalize(p.ProjectCode), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().ProjectCode, StringComparer.Ordinal)).ToList();
            var codes = byCode.SelectMany(c => c.Keys).Distinct(StringComparer.Ordinal).ToList();
            var actuals = codes.Count == 0 ? [] : await ActualsAsync(db, codes, year.Key - 1, ct).ConfigureAwait(false);
            foreach (var (document, codesOf) in year.Zip(byCode))
            {
                var values = actuals.Where(a => codesOf.ContainsKey(a.Code)).Select(a => new PriorYearActual(codesOf[a.Code], a.Name, a.Value)).ToList();
                supplements[document.Index] = values.Count == 0 ? ReviewSupplement.None : ReviewSupplement.None with { PriorYearActuals = values };
            }
        }

        var libraries = await LibraryHistories.ForAsync(db, documents, ct).ConfigureAwait(false);
        for (var i = 0; i < documents.Count; i++)
        {
            if (libraries[i] is { } library)
            {
                supplements[i] = supplements[i] with { Library = library };
            }
        }

        return supplements;
    }

    /// <summary>The numeric actual values of <paramref name="year"/>'s 自评表 of the projects with these (normalised) codes,
    /// by code and 三级指标.</summary>
    private static async Task<List<(string Code, string Name, decimal Value)>> ActualsAsync(JixiaoDbContext db, List<string> codes, int year, CancellationToken ct)
    {
        // The codes as one array parameter: EF's default of one parameter per value made a batch's ~2,000 codes cost
        // more to state and bind than the lookup itself.
        var evaluated = await db.SelfEvaluations.AsNoTracking()
            .Where(e => e.Project!.FiscalYear == year && EF.Parameter(codes).Contains(e.Project.Code))
            .Select(e => new
            {
                e.Project!.Code,
                VersionId = e.Project.Versions.Where(v => v.Number == e.Project.CurrentVersion).Select(v => v.Id).FirstOrDefault(),
                e.Indicators,
            })
            .ToListAsync(ct).ConfigureAwait(false);
        if (evaluated.Count == 0)
        {
            return [];
        }

        // The 自评表 stores rows by number; the 三级指标 name is the approved table's.
        var versionIds = evaluated.Select(e => e.VersionId).ToList();
        var names = (await db.ProjectIndicators.AsNoTracking().Where(i => versionIds.Contains(i.VersionId))
                .Select(i => new { i.VersionId, i.Row, i.Name, i.TargetText }).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(i => (i.VersionId, i.Row));
        // The actual is read by the value grammar in the terms of last year's target (its unit, 万元 for 元 …).
        return [.. evaluated
            .SelectMany(e => e.Indicators.Where(x => !x.NotApplicable && names.ContainsKey((e.VersionId, x.Row)))
                .Select(x => (e.Code, Row: names[(e.VersionId, x.Row)], x.Actual)))
            .Select(a => (a.Code, a.Row.Name, Value: ActualValue.Read(a.Actual, TargetValue.Parse(a.Row.TargetText))))
            .Where(a => a.Value.Number is not null && a.Value.Date is null)
            .Select(a => (a.Code, a.Name, a.Value.Number!.Value))];
    }
}
