using Jixiao.Application.Pipeline;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Documents.GoalTables;

namespace Jixiao.Application.Documents;

/// <summary>
/// Saved layouts (版式方案) of the import: the import page lists them and saves a user's column corrections as one of
/// the region's; the page and the import API read a file with a layout's corrections, and the user's own on top (they
/// win). A layout is data — heading key → column kind — kept by <see cref="LayoutProfileStore"/>.
/// </summary>
public sealed class ImportLayouts(JixiaoDbContext db, TimeProvider time)
{
    public Task<List<LayoutProfile>> ListAsync(CancellationToken ct = default) => LayoutProfileStore.ListAsync(db, ct);

    public Task<LayoutProfile?> FindAsync(int id, CancellationToken ct = default) => LayoutProfileStore.FindAsync(db, id, ct);

    public Task<LayoutProfile?> FindAsync(string regionCode, string name, CancellationToken ct = default) =>
        LayoutProfileStore.FindAsync(db, regionCode.Trim(), name.Trim(), ct);

    /// <summary>The corrections <paramref name="layout"/> holds that this reader still knows (a kind renamed since is skipped).</summary>
    public static IReadOnlyDictionary<string, GoalColumn> ColumnsOf(LayoutProfile? layout)
    {
        var columns = new Dictionary<string, GoalColumn>(StringComparer.Ordinal);
        foreach (var (key, column) in layout is null ? new Dictionary<string, string>() : LayoutProfileStore.ColumnsOf(layout))
        {
            if (Enum.TryParse<GoalColumn>(column, out var kind))
            {
                columns[key] = kind;
            }
        }

        return columns;
    }

    /// <summary><paramref name="options"/> with the columns of <paramref name="layout"/> and then <paramref name="corrections"/>.</summary>
    public static ReadOptions Apply(ReadOptions options, LayoutProfile? layout, IReadOnlyDictionary<string, GoalColumn>? corrections = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var columns = ColumnsOf(layout).ToDictionary(StringComparer.Ordinal);
        foreach (var (key, column) in corrections ?? new Dictionary<string, GoalColumn>())
        {
            columns[key] = column;
        }

        return options with { ColumnOverrides = columns, LayoutName = layout?.Name };
    }

    /// <summary>Saves <paramref name="corrections"/> (on top of <paramref name="basedOn"/>, when the user started from
    /// a layout) as the layout <paramref name="name"/> of <paramref name="regionCode"/>, replacing one of that name.</summary>
    public Task<LayoutProfile> SaveAsync(string regionCode, string name, LayoutProfile? basedOn, IReadOnlyDictionary<string, GoalColumn> corrections,
        string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        var columns = (basedOn is null ? new Dictionary<string, string>() : LayoutProfileStore.ColumnsOf(basedOn).ToDictionary(StringComparer.Ordinal))
            .Concat(corrections.Select(c => KeyValuePair.Create(c.Key, c.Value.ToString())))
            .GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        return Writes.RunAsync(db, time, ct =>
            LayoutProfileStore.SaveAsync(db, regionCode.Trim(), name.Trim(), columns, user, time.GetUtcNow().UtcDateTime, ct), cancellationToken);
    }
}
