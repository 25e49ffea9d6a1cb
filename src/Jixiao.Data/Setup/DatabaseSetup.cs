using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Setup;

/// <summary>Brings a database to the current schema: run on every start of the web app and by
/// <c>jixiao db migrate</c>. Creates the SQLite file (and its folder) or the PostgreSQL tables as needed.</summary>
public static class DatabaseSetup
{
    /// <returns>The migrations that were applied (empty when the database was up to date).</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(DatabaseConnection connection, CancellationToken cancellationToken = default)
    {
        await using var db = JixiaoDatabase.CreateContext(connection);
        return await MigrateAsync(db, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<string>> MigrateAsync(JixiaoDbContext db, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return pending;
    }
}
