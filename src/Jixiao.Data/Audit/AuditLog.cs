using Jixiao.Data.Bulk;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jixiao.Data.Audit;

/// <summary>
/// The storage side of the hash-chained audit trail (docs/workflow.md §6). Every append happens inside the
/// transaction of the change it records, serialised so the chain never forks: on PostgreSQL a transaction-scoped
/// advisory lock is taken before the last entry is read (several web instances may write at once); on SQLite the
/// single writer already serialises, and the unique index on <see cref="AuditEntry.Sequence"/> refuses a fork in
/// either case.
/// </summary>
public static class AuditLog
{
    /// <summary>The advisory-lock key of the audit chain ("JXAUDIT" in ASCII, fits a bigint).</summary>
    public const long LockKey = 0x4A58_4155_4449_54;

    /// <summary>Seals <paramref name="drafts"/> onto the chain and writes them in the caller's transaction (the
    /// checkpoint is left to the caller's save); the caller commits.</summary>
    public static async Task<IReadOnlyList<AuditLogEntry>> AppendAsync(JixiaoDbContext db, IReadOnlyList<AuditLogEntry> drafts, CancellationToken ct = default)
    {
        if (drafts.Count == 0)
        {
            return [];
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("审计记录必须与所记录的修改在同一事务中写入。");
        }

        await LockAsync(db, ct).ConfigureAwait(false);
        var lastEntity = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var last = lastEntity is null ? null : ToDomain(lastEntity);
        var signer = SignerOf(db);
        var checkpoint = signer is null ? null : await db.AuditCheckpoints.FirstOrDefaultAsync(c => c.Id == AuditCheckpointRow.SingleId, ct).ConfigureAwait(false);
        var rebuilt = signer is null ? null : AuditCheckpoints.Mismatch(signer, checkpoint, last, drafts[0].At);
        var sealedEntries = AuditChain.AppendAll(last, (rebuilt is null ? drafts : [rebuilt, .. drafts]).Select(Clip));
        await InsertAsync(db, sealedEntries, ct).ConfigureAwait(false);
        if (signer is not null)
        {
            AuditCheckpoints.Seal(db, signer, checkpoint, rebuilt is null ? null : last, sealedEntries[^1]);
        }

        return sealedEntries;
    }

    /// <summary>Writes the sealed entries at once by the bulk inserter (binary COPY on PostgreSQL, one prepared
    /// statement on SQLite), in chain order: an import appends one entry per new project, which the change tracker
    /// and one INSERT per entry made a large share of its time. Keys are reserved after the lock, so the row order
    /// (which <see cref="LoadAllAsync"/> reads) is the chain's order.</summary>
    private static async Task InsertAsync(JixiaoDbContext db, IReadOnlyList<AuditLogEntry> sealedEntries, CancellationToken ct)
    {
        var rows = sealedEntries.Select(ToEntity).ToList();
        var bulk = BulkInserter.For(db);
        var ids = await bulk.ReserveIdsAsync<AuditEntry>(rows.Count, ct).ConfigureAwait(false);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Id = ids[i];
        }

        await bulk.InsertAsync(rows, ct).ConfigureAwait(false);
    }

    /// <summary>Serialises writers of the chain until the caller's transaction ends: an advisory lock on PostgreSQL
    /// (several web instances); SQLite's single writer already serialises.</summary>
    public static async Task LockAsync(JixiaoDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct).ConfigureAwait(false);
        }
    }

    /// <summary>Records entries that go with no other change (logins): own transaction, saved at once.</summary>
    public static async Task RecordAsync(JixiaoDbContext db, IReadOnlyList<AuditLogEntry> drafts, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await AppendAsync(db, drafts, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The whole log in storage order (by row id, not by sequence: sorting would hide a reordering).</summary>
    public static async Task<List<AuditLogEntry>> LoadAllAsync(JixiaoDbContext db, CancellationToken ct = default) =>
        [.. (await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct).ConfigureAwait(false)).Select(ToDomain)];

    /// <summary>Checks the whole chain and, where the application's key ring is at hand, its end against the signed
    /// checkpoint; reports the first altered, deleted, reordered, duplicated or cut-off entry.</summary>
    public static async Task<AuditVerification> VerifyAsync(JixiaoDbContext db, AuditAnchor? anchor = null, CancellationToken ct = default)
    {
        var entries = await LoadAllAsync(db, ct).ConfigureAwait(false);
        var signer = SignerOf(db);
        if (signer is null || anchor is not null)
        {
            return AuditChainVerifier.Verify(entries, anchor);
        }

        var (status, checkpoint) = await AuditCheckpoints.ReadAsync(db, signer, ct).ConfigureAwait(false);
        return AuditCheckpointVerifier.Verify(entries, status, checkpoint);
    }

    /// <summary>The signer of the host's key ring; null for a context built by hand without the application's
    /// services (tools and storage tests), which then neither write nor check the checkpoint.</summary>
    public static AuditCheckpointSigner? SignerOf(JixiaoDbContext db)
    {
        try
        {
            return db.GetService<AuditCheckpointSigner>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static AuditLogEntry ToDomain(AuditEntry e) => new()
    {
        Sequence = e.Sequence,
        At = new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc)),
        User = e.User,
        Role = e.Role,
        IpAddress = e.IpAddress,
        Action = e.Action,
        EntityType = e.EntityType,
        EntityId = e.EntityKey,
        Field = e.Field,
        OldValue = e.OldValue,
        NewValue = e.NewValue,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    private static AuditEntry ToEntity(AuditLogEntry e) => new()
    {
        Sequence = e.Sequence,
        At = e.At.UtcDateTime,
        User = e.User,
        Role = e.Role,
        IpAddress = e.IpAddress,
        Action = e.Action,
        EntityType = e.EntityType,
        EntityKey = e.EntityId,
        Field = e.Field,
        OldValue = e.OldValue,
        NewValue = e.NewValue,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    /// <summary>Cut to the column lengths before hashing, so what is stored is exactly what was hashed.</summary>
    private static AuditLogEntry Clip(AuditLogEntry e) => e with
    {
        User = Cut(e.User, Configurations.Lengths.User),
        IpAddress = Cut(e.IpAddress, Configurations.Lengths.IpAddress),
        EntityId = Cut(e.EntityId, Configurations.Lengths.Name),
        Field = Cut(e.Field, Configurations.Lengths.Name),
    };

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
