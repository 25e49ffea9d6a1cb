using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Data.Bulk;

/// <summary>
/// Inserts many new rows inside the importer's transaction without the change tracker: the importer reserves
/// keys first, fills in every foreign key, then writes each table in one pass (binary COPY on PostgreSQL,
/// a prepared statement on SQLite). This is what makes a 100,000-project import take seconds, not hours.
/// </summary>
public abstract class BulkInserter(JixiaoDbContext db)
{
    protected JixiaoDbContext Db { get; } = db;

    public static BulkInserter For(JixiaoDbContext db) => db.Database.IsNpgsql() ? new PostgresBulkInserter(db) : new SqliteBulkInserter(db);

    /// <summary><paramref name="count"/> unused values of the identity column of <typeparamref name="T"/>'s "Id".</summary>
    public abstract Task<IReadOnlyList<long>> ReserveIdsAsync<T>(int count, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="rows"/> and records them as touched by the current write.</summary>
    public Task InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        Db.Touched?.Inserted(rows);
        return WriteAsync(rows, cancellationToken);
    }

    protected abstract Task WriteAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class;

    protected IDbContextTransaction Transaction =>
        Db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk inserts run inside the import transaction.");
}
