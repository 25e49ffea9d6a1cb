using Jixiao.Domain.Text;
using Jixiao.Application.Pipeline;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Entities;
using Jixiao.Domain.Library;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Library;

/// <summary>
/// The library's use cases for the page, the API and the command: list and look up (through the cached
/// <see cref="LibraryCatalog"/>), suggest while editing, curate (管理员, or 审核 of the region), build.
/// </summary>
public sealed class LibraryService(JixiaoDbContext db, TimeProvider time, LibraryCatalog catalog)
{
    public Task<LibrarySnapshot> SnapshotAsync(string regionCode, CancellationToken ct = default) => catalog.GetAsync(db, regionCode, ct);

    public async Task<LibraryPage> ListAsync(LibraryFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var snapshot = await SnapshotAsync(filter.RegionCode, ct).ConfigureAwait(false);
        var text = IndicatorNames.Key(filter.Text);
        var level1 = ChineseText.Key(filter.Level1);
        var level2 = ChineseText.Key(filter.Level2);
        var matched = snapshot.Items
            .Where(i => text.Length == 0 || i.Entry.Key.Contains(text, StringComparison.Ordinal) || i.Entry.Spellings.Any(s => s.Text.Contains(filter.Text.Trim(), StringComparison.Ordinal)))
            .Where(i => level1.Length == 0 || i.Entry.Placements.Any(p => ChineseText.Key(p.Level1) == level1))
            .Where(i => level2.Length == 0 || i.Entry.Placements.Any(p => ChineseText.Key(p.Level2) == level2))
            .Where(i => filter.Department.Length == 0 || i.Entry.Departments.Any(d => d.Text == filter.Department))
            .Where(i => !filter.OnlyCurated || i.Curation is not null)
            .OrderByDescending(i => i.Recommended).ThenBy(i => i.Retired).ThenByDescending(i => i.Entry.Projects).ThenBy(i => i.Entry.Key, StringComparer.Ordinal)
            .ToList();
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var page = Math.Max(1, filter.Page);
        return new LibraryPage([.. matched.Skip((page - 1) * size).Take(size)], matched.Count, page, size,
            [.. snapshot.Items.SelectMany(i => i.Entry.Placements.Select(p => p.Level1)).Where(l => l.Length > 0).Distinct().Order(StringComparer.Ordinal)],
            [.. snapshot.Items.SelectMany(i => i.Entry.Placements.Select(p => p.Level2)).Where(l => l.Length > 0).Distinct().Order(StringComparer.Ordinal)]);
    }

    public async Task<LibraryItem?> FindAsync(string regionCode, string name, CancellationToken ct = default) =>
        (await SnapshotAsync(regionCode, ct).ConfigureAwait(false)).Find(IndicatorNames.Key(name));

    public async Task<IReadOnlyList<LibraryItem>> SuggestAsync(string regionCode, SuggestionContext context, int take = 8, CancellationToken ct = default) =>
        (await SnapshotAsync(regionCode, ct).ConfigureAwait(false)).Suggest(context, take);

    /// <summary>Who may curate a region's library (region "": the national base).</summary>
    public static string? CurationRefusal(Access access, string regionCode)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (AccessPolicy.Allows(access, [], Operation.Edit, Resource.Library(regionCode)))
        {
            return null;
        }

        return regionCode.Length == 0 ? LibraryMessages.NationalAdminOnly : LibraryMessages.NotAllowed;
    }

    /// <summary>Saves the curation of one indicator and audits each changed field in the same transaction.</summary>
    public async Task<(OutcomeKind Kind, string Message)> CurateAsync(CurationInput input, AuditActor actor, Access access, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(access);
        if (CurationRefusal(access, input.RegionCode) is { } refusal)
        {
            return (OutcomeKind.Forbidden, refusal);
        }

        var key = IndicatorNames.Key(input.Key);
        if (key.Length == 0)
        {
            return (OutcomeKind.Refused, LibraryMessages.KeyMissing);
        }

        var snapshot = await SnapshotAsync(input.RegionCode, ct).ConfigureAwait(false);
        var mergedInto = IndicatorNames.Key(input.MergedInto);
        if (mergedInto == key)
        {
            return (OutcomeKind.Refused, LibraryMessages.MergeIntoItself);
        }

        if (mergedInto.Length > 0 && snapshot.Find(mergedInto) is null)
        {
            return (OutcomeKind.Refused, LibraryMessages.MergeTargetUnknown(input.MergedInto));
        }

        var known = snapshot.Find(key);
        var name = Clean(input.Name) is { Length: > 0 } n ? n : known?.Entry.Name ?? input.Key.Trim();
        await Writes.RunAsync(db, time, async ct =>
        {
            var row = await db.LibraryCurations.SingleOrDefaultAsync(c => c.RegionCode == input.RegionCode && c.Key == key, ct).ConfigureAwait(false);
            var before = row is null ? [] : CurationAudit.Snapshot(row);
            var action = row is null ? AuditDiff.CreateAction : AuditDiff.EditAction;
            if (row is null)
            {
                row = new LibraryCuration { RegionCode = input.RegionCode, Key = key };
                db.LibraryCurations.Add(row);
            }

            row.Name = LibraryBuild.Cut(name);
            row.Level1 = LibraryBuild.Cut(Clean(input.Level1));
            row.Level2 = LibraryBuild.Cut(Clean(input.Level2));
            row.Unit = LibraryBuild.Cut(Clean(input.Unit));
            row.Recommended = input.Recommended;
            row.Retired = input.Retired;
            row.MergedInto = mergedInto;
            row.Notes = input.Notes.Trim();
            row.RecommendedBasis = input.RecommendedBasis.Trim();
            row.ChangedBy = access.UserName;
            row.ChangedAt = time.GetUtcNow().UtcDateTime;
            var changes = AuditDiff.ForValues(actor.At(time.GetUtcNow()), action, AuditDiff.LibraryEntity, CurationAudit.EntityId(row), before, CurationAudit.Snapshot(row));
            await AuditLog.AppendAsync(db, changes, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return row;
        }, ct).ConfigureAwait(false);
        return (OutcomeKind.Done, LibraryMessages.Saved(name));
    }

    public Task<LibraryBuildResult> BuildAsync(CancellationToken ct = default) =>
        Writes.RunAsync(db, time, ct => LibraryBuild.BuildAllAsync(db, time.GetUtcNow().UtcDateTime, ct), ct);

    private static string Clean(string text) => (text ?? string.Empty).Trim();
}
