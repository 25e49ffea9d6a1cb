using Jixiao.Data;

namespace Jixiao.Application.Pipeline;

/// <summary>
/// The one write pipeline (docs/adr/0009): every change to the database runs as one transaction that validates,
/// stores, reviews where the change is a document's, and then refreshes the derived tables (dashboard lines,
/// execution lines) from what the write saved (<see cref="Data.Tracking.TouchedRows"/>) — no write path names the
/// tables it must refresh. A write started inside another joins it: all of it is stored, or none.
/// </summary>
public static class Writes
{
    /// <summary>Runs <paramref name="write"/> in a transaction and commits it with the derived tables brought up to
    /// date. The write validates before it changes anything: what it leaves changed and unsaved is saved here. An
    /// exception rolls everything back.</summary>
    public static Task<T> RunAsync<T>(JixiaoDbContext db, TimeProvider time, Func<CancellationToken, Task<T>> write, CancellationToken ct = default) =>
        RunAsync(db, time, write, _ => true, ct);

    /// <summary>As <see cref="RunAsync{T}(JixiaoDbContext, TimeProvider, Func{CancellationToken, Task{T}}, CancellationToken)"/>;
    /// a result for which <paramref name="commit"/> is false (a refusal found inside the transaction) rolls back.</summary>
    public static async Task<T> RunAsync<T>(JixiaoDbContext db, TimeProvider time, Func<CancellationToken, Task<T>> write, Func<T, bool> commit,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(write);
        if (db.Touched is not null)
        {
            // Part of an enclosing write (a carried-over draft is imported inside the carry-over): its transaction,
            // its refresh.
            return await write(ct).ConfigureAwait(false);
        }

        // What a write changes it loads inside its transaction; nothing tracked from an earlier read takes part.
        db.ChangeTracker.Clear();
        var touched = db.BeginWrite();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var result = await write(ct).ConfigureAwait(false);
            if (!commit(result))
            {
                await transaction.RollbackAsync(ct).ConfigureAwait(false);
                return result;
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await DerivedTables.RefreshAsync(db, touched, time.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return result;
        }
        finally
        {
            db.EndWrite();
            // Committed or rolled back, nothing tracked leaks into the next read or write of this context.
            db.ChangeTracker.Clear();
        }
    }
}
