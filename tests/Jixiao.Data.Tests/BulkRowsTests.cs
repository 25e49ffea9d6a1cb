using Jixiao.Data.Bulk;
using Jixiao.Data.Entities;
using Jixiao.Data.Reading;
using Jixiao.Data.Setup;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>The bulk writer and the ordinal reader on real databases, at the edges of their batching: SQLite writes rows
/// 64 to an INSERT (then the remainder by a statement of its own) and decodes each short text once per query; what goes
/// in must come back character for character, whatever the count.</summary>
public abstract class BulkRowsTests
{
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [SkippableTheory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(130)]
    public async Task RowsWrittenInBulk_AreReadBack_AsWritten(int count)
    {
        await using var database = await CreateDatabaseAsync();
        await DatabaseSetup.MigrateAsync(database.Connection);
        await using var db = JixiaoDatabase.CreateContext(database.Connection);
        var rows = await WriteAsync(db, Texts(count));

        var stored = await db.FindingTexts.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.Fix, t.Source }).ToListAsync();

        Assert.Equal(rows.Select(r => (r.Id, r.Fix, r.Source)), stored.Select(t => (t.Id, t.Fix, t.Source)));
        Assert.Equal(count, stored.Select(t => t.Id).Distinct().Count());
    }

    [SkippableFact]
    public async Task StoredRows_ReadWhatTheQueryWouldRead_RepeatedLongAndEmptyTextsIncluded()
    {
        await using var database = await CreateDatabaseAsync();
        await DatabaseSetup.MigrateAsync(database.Connection);
        await using var db = JixiaoDatabase.CreateContext(database.Connection);
        var rows = await WriteAsync(db, Texts(70));
        var wanted = rows.Where((_, i) => i % 3 != 1).Select(r => r.Id).ToList();
        var query = db.FindingTexts.AsNoTracking().Where(t => wanted.Contains(t.Id) && t.Fix != "不存在").OrderByDescending(t => t.Id)
            .Select(t => new { t.Id, t.Fix, t.Source });

        var read = await StoredRows.ReadAsync(db, query, r => (Id: r.GetInt64(0), Fix: r.GetString(1), Source: r.GetString(2)), CancellationToken.None);

        var expected = await query.ToListAsync();
        Assert.Equal(expected.Select(t => (t.Id, t.Fix, t.Source)), read);
        Assert.Equal(47, read.Count);
        Assert.Contains(read, r => r.Fix.Length > 300);
        Assert.Contains(read, r => r.Source.Length == 0);
    }

    [SkippableFact]
    public async Task StoredRows_ReadNullAsNull_AndRefuseItAsText()
    {
        await using var database = await CreateDatabaseAsync();
        await DatabaseSetup.MigrateAsync(database.Connection);
        await using var db = JixiaoDatabase.CreateContext(database.Connection);
        var rows = await WriteAsync(db, Texts(4));
        var first = rows[0].Id;
        // NULL for the first row only, computed by the database (CASE … THEN NULL), beside a row's empty text.
        var query = db.FindingTexts.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, Source = t.Id == first ? null : t.Source });

        var read = await StoredRows.ReadAsync(db, query, r => (Null: r.IsNull(1), Source: r.IsNull(1) ? null : r.GetString(1)), CancellationToken.None);

        Assert.Equal([(true, null), (false, "财预〔2020〕10号"), (false, "财预〔2020〕10号"), (false, string.Empty)], read);
        await Assert.ThrowsAsync<InvalidCastException>(() => StoredRows.ReadAsync(db, query, r => r.GetString(1), CancellationToken.None));
    }

    /// <summary>Texts as findings carry them: a source shared by many rows, advice that differs by an amount, one
    /// longer than the reader's cache keeps (300 characters, 900 bytes), an empty one, quotes and a full-width digit.</summary>
    private static List<FindingText> Texts(int count) => [.. Enumerable.Range(0, count).Select(i => new FindingText
    {
        Fix = i % 10 == 5 ? new string('绩', 300) + i : $"将“{i}”万元与预算核对，写明金额１{i % 7}",
        Source = i % 4 == 3 ? string.Empty : "财预〔2020〕10号",
    })];

    private static async Task<List<FindingText>> WriteAsync(JixiaoDbContext db, List<FindingText> rows)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var bulk = BulkInserter.For(db);
        var ids = await bulk.ReserveIdsAsync<FindingText>(rows.Count, CancellationToken.None);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Id = ids[i];
        }

        await bulk.InsertAsync(rows, CancellationToken.None);
        await transaction.CommitAsync();
        return rows;
    }
}
