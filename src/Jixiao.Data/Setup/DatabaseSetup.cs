using Jixiao.Data.Audit;
using Jixiao.Domain.Workflow.Audit;
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
            await SealLegacyAuditAsync(db, cancellationToken).ConfigureAwait(false);
        }

        return pending;
    }

    /// <summary>
    /// Audit entries written before the hash chain existed (migration Workflow) have no hash; they are sealed into the
    /// chain once, in their original order, so the integrity check covers them from then on. Done only while no
    /// sealed entry exists: re-sealing entries that already carry hashes would hide tampering with them.
    /// </summary>
    public static async Task<int> SealLegacyAuditAsync(JixiaoDbContext db, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await AuditLog.LockAsync(db, cancellationToken).ConfigureAwait(false);

        var entries = await db.AuditEntries.OrderBy(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (entries.Count == 0 || entries.Any(e => e.Hash.Length > 0))
        {
            return 0;
        }

        // Move the provisional numbers (= row id) out of the way first: the unique index must hold after every row.
        foreach (var entry in entries)
        {
            entry.Sequence = -entry.Id;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        AuditLogEntry? last = null;
        foreach (var entry in entries)
        {
            last = AuditChain.Append(last, AuditLog.ToDomain(entry));
            entry.Sequence = last.Sequence;
            entry.At = last.At.UtcDateTime;
            entry.PreviousHash = last.PreviousHash;
            entry.Hash = last.Hash;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return entries.Count;
    }
}
