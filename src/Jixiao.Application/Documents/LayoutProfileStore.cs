using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Documents;

/// <summary>
/// Saved layouts (版式方案): a region's corrections of what column headings mean, saved from the import preview and
/// applied by name to later imports. A layout is data: heading key → column kind, as the reader names the kinds.
/// </summary>
public static class LayoutProfileStore
{
    public static Task<List<LayoutProfile>> ListAsync(JixiaoDbContext db, CancellationToken ct = default) =>
        db.LayoutProfiles.AsNoTracking().OrderBy(p => p.RegionCode).ThenBy(p => p.Name).ToListAsync(ct);

    public static async Task<LayoutProfile?> FindAsync(JixiaoDbContext db, int id, CancellationToken ct = default) =>
        await db.LayoutProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct).ConfigureAwait(false);

    public static async Task<LayoutProfile?> FindAsync(JixiaoDbContext db, string regionCode, string name, CancellationToken ct = default) =>
        await db.LayoutProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.RegionCode == regionCode && p.Name == name, ct).ConfigureAwait(false);

    /// <summary>Saves (or replaces) the layout <paramref name="name"/> of <paramref name="regionCode"/>.</summary>
    public static async Task<LayoutProfile> SaveAsync(JixiaoDbContext db, string regionCode, string name, IReadOnlyDictionary<string, string> columns,
        string user, DateTime now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var profile = await db.LayoutProfiles.SingleOrDefaultAsync(p => p.RegionCode == regionCode && p.Name == name, ct).ConfigureAwait(false);
        if (profile is null)
        {
            profile = new LayoutProfile { RegionCode = regionCode, Name = name, CreatedBy = user, CreatedAt = now };
            db.LayoutProfiles.Add(profile);
        }

        profile.Columns = JsonSerializer.Serialize(columns);
        profile.UpdatedAt = now;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return profile;
    }

    /// <summary>The corrections a layout holds: heading key → column kind (the reader's names).</summary>
    public static IReadOnlyDictionary<string, string> ColumnsOf(LayoutProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(profile.Columns) ?? [];
    }
}
