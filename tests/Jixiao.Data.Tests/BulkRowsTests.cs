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

    /// <summary>SQLite's writer converts every text into one reused buffer, which grows for a long text: each value of
    /// a multi-row INSERT must still come back as it was, not as the text converted after it.</summary>
    [SkippableFact]
    public async Task TextsOfEveryLength_InOneStatement_AreReadBack_AsWritten()
    {
        await using var database = await CreateDatabaseAsync();
        await DatabaseSetup.MigrateAsync(database.Connection);
        await using var db = JixiaoDatabase.CreateContext(database.Connection);
        int[] lengths = [1, 5_000, 2, 341, 342, 1_500, 3, 20_000, 7];
        var rows = await WriteAsync(db, [.. lengths.Select((n, i) => new FindingText
        {
            Fix = string.Concat(Enumerable.Repeat("核对金额", n / 4 + 1))[..n],
            Source = i % 2 == 0 ? $"财预〔2020〕{i}号" : new string('a', n),
        })]);

        var stored = await db.FindingTexts.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Fix, t.Source }).ToListAsync();

        Assert.Equal(rows.Select(r => (r.Fix, r.Source)), stored.Select(t => (t.Fix, t.Source)));
        Assert.Equal(lengths, stored.Select(t => t.Fix.Length));
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

    /// <summary>Every column type the typed writers handle — ints, longs, flags, decimals with their scale, dates to the
    /// tick, enums stored as names, nullable numbers, NULL and empty texts — stored in bulk exactly as the change tracker
    /// stores the same values: each row written both ways, then compared as the database's own text of every column.</summary>
    [SkippableTheory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(130)]
    public async Task TypedColumns_StoreWhatTheChangeTrackerStores(int count)
    {
        await using var database = await CreateDatabaseAsync();
        await DatabaseSetup.MigrateAsync(database.Connection);
        await using var db = JixiaoDatabase.CreateContext(database.Connection);
        var (units, run) = await SetUpAsync(db, count);
        var lines = Enumerable.Range(0, count).Select(i => Line(i, units[i])).ToList();
        var findings = Enumerable.Range(0, count).Select(i => Finding(i, run)).ToList();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var bulk = BulkInserter.For(db);
            await bulk.InsertAsync(lines, CancellationToken.None);
            var ids = await bulk.ReserveIdsAsync<ReviewFinding>(count, CancellationToken.None);
            for (var i = 0; i < count; i++)
            {
                findings[i].Id = ids[i];
            }

            await bulk.InsertAsync(findings, CancellationToken.None);
            await transaction.CommitAsync();
        }

        db.DashboardSummaries.AddRange(Enumerable.Range(0, count).Select(i => Line(i, units[count + i])));
        db.ReviewFindings.AddRange(Enumerable.Range(0, count).Select(i => Finding(i, run)));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var storedLines = await ColumnTextsAsync(db, "DashboardSummaries", "UnitId", ["UnitId", "UnitCode"]);
        var storedFindings = await ColumnTextsAsync(db, "ReviewFindings", "Id", ["Id"]);
        Assert.Equal(2 * count, storedLines.Count);
        Assert.Equal(storedLines[count..], storedLines[..count]);
        Assert.Equal(storedFindings[count..], storedFindings[..count]);

        // And read back through EF as written: decimals exact, dates to the tick the database keeps, NULL apart from "".
        var bulkUnits = units.Take(count).ToList();
        var read = await db.DashboardSummaries.AsNoTracking().Where(s => bulkUnits.Contains(s.UnitId)).OrderBy(s => s.UnitId).ToListAsync();
        Assert.Equal(lines.Select(l => (l.LatestGrade, l.LatestScore, l.BudgetFen, l.ErrorCount)), read.Select(l => (l.LatestGrade, l.LatestScore, l.BudgetFen, l.ErrorCount)));
        var readFindings = await db.ReviewFindings.AsNoTracking().OrderBy(f => f.Id).Take(count).ToListAsync();
        Assert.Equal(findings.Select(f => (f.ProjectCode, f.Field, f.IndicatorRow, f.Deduction, f.Severity, f.Dimension)),
            readFindings.Select(f => (f.ProjectCode, f.Field, f.IndicatorRow, f.Deduction, f.Severity, f.Dimension)));
    }

    private static DashboardSummary Line(int i, int unitId) => new()
    {
        RegionCode = "990000", FiscalYear = 2026, UnitId = unitId, UnitCode = $"U{unitId}", ProjectCount = i, BudgetFen = i % 5 == 0 ? -i * 1_000_000_007L : i,
        LatestGrade = i % 3 == 0 ? null : (Jixiao.Domain.Grade)(i % 4), LatestScore = (i % 4) switch { 0 => null, 1 => 59.36m, 2 => 100m, _ => 0.50m },
        ErrorCount = i % 7, WarningCount = int.MaxValue - i, UpdatedAt = new DateTime(2026, 12, 7, 9, 5, 1, DateTimeKind.Utc).AddTicks(i * 10),
    };

    private static ReviewFinding Finding(int i, long run) => new()
    {
        ReviewRunId = run, RuleId = $"R{i % 9:000}", Severity = (Jixiao.Domain.Review.Severity)(i % 3), Dimension = (Jixiao.Domain.Review.ReviewDimension)(i % 2),
        ProjectSequence = i % 2 == 0 ? null : i, ProjectCode = (i % 3) switch { 0 => null, 1 => string.Empty, _ => "P" + i },
        IndicatorRow = i % 5 == 0 ? null : 0, GoalNumber = i % 6 == 1 ? null : i, Field = i % 4 == 0 ? null : i % 4 == 1 ? string.Empty : "绩效指标",
        Message = i % 8 == 0 ? string.Empty : $"第{i}行：“目标值”为空", Deduction = (i % 3) switch { 0 => 0m, 1 => 1.5m, _ => 12.25m },
    };

    /// <summary>A region, 2 × <paramref name="count"/> units (the bulk lines' and the tracked lines') and a document's run.</summary>
    private static async Task<(List<int> Units, long Run)> SetUpAsync(JixiaoDbContext db, int count)
    {
        db.Regions.Add(new Region { Code = "990000" });
        db.FiscalYears.Add(new FiscalYear { RegionCode = "990000", Year = 2026, CreatedAt = DateTime.UtcNow });
        var units = Enumerable.Range(0, 2 * count).Select(i => new Unit { RegionCode = "990000", Code = $"U{i:000}", DepartmentCode = "U" }).ToList();
        db.Units.AddRange(units);
        var document = new DepartmentDocument { RegionCode = "990000", FiscalYear = 2026, DepartmentCode = "001", DepartmentName = "部门" };
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        var run = new ReviewRun { DocumentId = document.Id, Profile = "default", Score = 90m, RunBy = "测试" };
        db.ReviewRuns.Add(run);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return ([.. units.Select(u => u.Id)], run.Id);
    }

    /// <summary>Each row's columns as the database's own text (NULL told apart from ""), in key order, but the keys
    /// named in <paramref name="without"/>.</summary>
    private static async Task<List<string>> ColumnTextsAsync(JixiaoDbContext db, string table, string key, string[] without)
    {
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var sqlite = !db.Database.IsNpgsql();
        await using var columns = connection.CreateCommand();
        columns.CommandText = sqlite
            ? $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid"
            : $"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position";
        var names = new List<string>();
        await using (var reader = await columns.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var texts = names.Where(n => !without.Contains(n)).Select(n => sqlite ? $"quote(\"{n}\")" : $"coalesce(\"{n}\"::text || '/', 'NULL')");
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(" || '|' || ", texts)} FROM \"{table}\" ORDER BY \"{key}\"";
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }

        await db.Database.CloseConnectionAsync();
        return rows;
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
