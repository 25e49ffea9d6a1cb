using System.Diagnostics;
using System.Globalization;
using Jixiao.Application;
using Jixiao.Application.Documents;
using Jixiao.Application.Review;
using Jixiao.Data.Setup;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Benchmarks;

/// <summary>
/// The anchor of `jixiao db review`: the in-memory review of the same stored tables. Reads every stored document
/// (timed apart), then reviews them as the stored review does — the documents side by side on every core — without
/// reading or writing the database, and prints wall and CPU time. `bench/province.sh` divides `db review`'s time by it.
/// Run: dotnet bench/Jixiao.Benchmarks/bin/Release/net10.0/Jixiao.Benchmarks.dll stored-review-anchor "Data Source=…"
/// </summary>
public static class StoredReviewAnchor
{
    public static int Run(string[] args)
    {
        var connection = DatabaseConnection.Parse(args.Length > 1 ? args[1] : throw new ArgumentException("connection string"));
        return RunAsync(connection).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(DatabaseConnection connection)
    {
        await using var app = new ApplicationScope(connection);
        var ids = await app.Db.Documents.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
        var clock = Stopwatch.StartNew();
        var documents = new List<PerformanceDocument>();
        foreach (var chunk in ids.Chunk(8))
        {
            documents.AddRange((await DocumentQueries.GetManyAsync(app.Db, chunk)).Values);
        }

        var read = clock.Elapsed;
        var tables = documents.Sum(d => d.Projects.Count);
        var process = Process.GetCurrentProcess();
        for (var run = 1; run <= 2; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            clock.Restart();
            var findings = 0L;
            Parallel.For(0, documents.Count, i => Interlocked.Add(ref findings, DocumentReviewer.Review(documents[i]).Findings.Count));
            clock.Stop();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"in-memory review {run}: {clock.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU, {documents.Count} documents, {tables} tables, {findings} findings (read {read.TotalSeconds:0.00} s)"));
        }

        return 0;
    }
}
