using Jixiao.Data;
using Jixiao.Data.Bulk;
using Jixiao.Data.Entities;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// <summary>
/// The stored text (<see cref="FindingText"/>) of each advice and source the findings of a write carry: the texts
/// already stored are looked up by advice in one query, the others written once, in the write's transaction, by the
/// bulk writer. Two writes that store the same new text at the same moment each keep their own row, which readers do
/// not notice: they read a finding's text through its key. Texts in <c>known</c> (committed earlier in this process)
/// are not looked up again.
/// </summary>
internal static class FindingTextIds
{
    public static async Task<Dictionary<(string Fix, string Source), long>> ForAsync(JixiaoDbContext db, BulkInserter bulk, IEnumerable<Finding> findings,
        KnownFindingTexts? known, CancellationToken ct)
    {
        var ids = new Dictionary<(string Fix, string Source), long>();
        var wanted = new List<(string Fix, string Source)>();
        foreach (var text in findings.Select(f => (f.Fix, f.Source)).Distinct())
        {
            if (known is not null && known.TryGet(text, out var id))
            {
                ids.Add(text, id);
            }
            else
            {
                wanted.Add(text);
            }
        }

        if (wanted.Count == 0)
        {
            return ids;
        }

        var fixes = wanted.Select(w => w.Fix).Distinct().ToList();
        // One array parameter, not EF's default of one parameter per text (a batch looks up about 2,000).
        var stored = await db.FindingTexts.AsNoTracking().Where(t => EF.Parameter(fixes).Contains(t.Fix)).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Fix, t.Source }).ToListAsync(ct).ConfigureAwait(false);
        foreach (var text in stored)
        {
            // Matched here character for character (the database's comparison only narrows the rows); a pair stored
            // twice by two writes at once is found by its first row.
            ids.TryAdd((text.Fix, text.Source), text.Id);
        }

        var missing = wanted.Where(w => !ids.ContainsKey(w)).ToList();
        var newIds = await bulk.ReserveIdsAsync<FindingText>(missing.Count, ct).ConfigureAwait(false);
        var rows = missing.Zip(newIds, (w, id) => new FindingText { Id = id, Fix = w.Fix, Source = w.Source }).ToList();
        foreach (var row in rows)
        {
            ids[(row.Fix, row.Source)] = row.Id;
        }

        await bulk.InsertAsync(rows, ct).ConfigureAwait(false);
        return ids;
    }
}
