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
    public static async Task<ReviewSupplement> ForAsync(JixiaoDbContext db, PerformanceDocument document, CancellationToken ct = default)
    {
        var supplement = await PriorYearAsync(db, document, ct).ConfigureAwait(false);
        var library = await LibraryHistories.ForAsync(db, document, ct).ConfigureAwait(false);
        return library is null ? supplement : supplement with { Library = library };
    }

    private static async Task<ReviewSupplement> PriorYearAsync(JixiaoDbContext db, PerformanceDocument document, CancellationToken ct)
    {
        var byCode = document.Projects.GroupBy(p => ProjectCode.Normalize(p.ProjectCode), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ProjectCode, StringComparer.Ordinal);
        if (byCode.Count == 0)
        {
            return ReviewSupplement.None;
        }

        var codes = byCode.Keys.ToList();
        var prior = document.FiscalYear - 1;
        var evaluated = await db.SelfEvaluations.AsNoTracking()
            .Where(e => e.Project!.FiscalYear == prior && codes.Contains(e.Project.Code))
            .Select(e => new
            {
                e.Project!.Code,
                VersionId = e.Project.Versions.Where(v => v.Number == e.Project.CurrentVersion).Select(v => v.Id).FirstOrDefault(),
                e.Indicators,
            })
            .ToListAsync(ct).ConfigureAwait(false);
        if (evaluated.Count == 0)
        {
            return ReviewSupplement.None;
        }

        // The 自评表 stores rows by number; the 三级指标 name is the approved table's.
        var versionIds = evaluated.Select(e => e.VersionId).ToList();
        var names = (await db.ProjectIndicators.AsNoTracking().Where(i => versionIds.Contains(i.VersionId))
                .Select(i => new { i.VersionId, i.Row, i.Name, i.TargetText }).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(i => (i.VersionId, i.Row));
        // The actual is read by the value grammar in the terms of last year's target (its unit, 万元 for 元 …).
        var values = evaluated
            .SelectMany(e => e.Indicators.Where(x => !x.NotApplicable && names.ContainsKey((e.VersionId, x.Row)))
                .Select(x => (Code: byCode[e.Code], Row: names[(e.VersionId, x.Row)], Actual: x.Actual)))
            .Select(a => (a.Code, a.Row.Name, Value: ActualValue.Read(a.Actual, TargetValue.Parse(a.Row.TargetText))))
            .Where(a => a.Value.Number is not null && a.Value.Date is null)
            .Select(a => new PriorYearActual(a.Code, a.Name, a.Value.Number!.Value))
            .ToList();
        return values.Count == 0 ? ReviewSupplement.None : ReviewSupplement.None with { PriorYearActuals = values };
    }
}
