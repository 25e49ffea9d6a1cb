using System.Diagnostics;
using System.Globalization;
using Jixiao.Application;
using Jixiao.Application.Review;
using Jixiao.Data.Setup;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Benchmarks;

/// <summary>
/// Proof on a province's data that the 审核 list's project-name order by seek returns what sorting the whole filtered
/// set returns: per filter (none, each severity, the rule with most findings, a unit with findings), the ids of every
/// finding in the whole sort (one query), then every page of TAKE findings read by seek compared with that stretch, and
/// the pages 1, 2, 500, the middle, the last and past the end compared row for row (every column) with the whole sort's
/// own page. Prints the times and the count of differing pages (0 expected); exit code 1 when any differs.
/// Run: dotnet bench/Jixiao.Benchmarks/bin/Release/net10.0/Jixiao.Benchmarks.dll review-name-order "Host=…" REGION YEAR [TAKE=100]
/// </summary>
public static class ReviewNameOrderCheck
{
    public static int Run(string[] args)
    {
        var connection = DatabaseConnection.Parse(args.Length > 1 ? args[1] : throw new ArgumentException("connection string"));
        var region = args.Length > 2 ? args[2] : throw new ArgumentException("region code");
        var year = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : throw new ArgumentException("year");
        var take = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 100;
        return RunAsync(connection, region, year, take).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(DatabaseConnection connection, string region, int year, int take)
    {
        await using var app = new ApplicationScope(connection);
        var db = app.Db;
        var all = new FindingFilter(region, year);
        var rule = await db.ReviewFindingCounts.AsNoTracking().GroupBy(c => c.RuleId).OrderByDescending(g => g.Sum(c => c.Count)).Select(g => g.Key).FirstAsync();
        var unit = await db.ReviewFindingCounts.AsNoTracking().Where(c => c.UnitId != null).OrderBy(c => c.UnitId).Select(c => c.UnitId).FirstAsync();
        FindingFilter[] filters =
        [
            all, all with { Severity = Severity.Error }, all with { Severity = Severity.Warning }, all with { Severity = Severity.Info },
            all with { RuleId = rule }, all with { UnitId = unit },
        ];
        var differing = 0;
        foreach (var filter in filters)
        {
            var label = $"rule={filter.RuleId} severity={filter.Severity} unit={filter.UnitId}";
            var clock = Stopwatch.StartNew();
            var whole = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => ReviewList.IdsSortedByNameAsync(db, filter));
            var wholeTime = clock.Elapsed;
            clock.Restart();
            var order = await ReviewList.NameOrderAsync(db, filter);
            var orderTime = clock.Elapsed;
            var summary = await ReviewList.SummarizeAsync(db, filter);
            clock.Restart();
            var pages = 0;
            var bad = 0;
            for (var skip = 0; skip < whole.Count + take; skip += take, pages++)
            {
                var page = await ReviewList.PageAsync(db, filter, summary, ReviewList.ByProject, skip, take, names: order);
                if (!page.Select(f => f.Id).SequenceEqual(whole.Skip(skip).Take(take)))
                {
                    bad++;
                    Console.WriteLine($"  page at {skip} differs ({label})");
                }
            }

            var walkTime = clock.Elapsed;
            var last = Math.Max(0, (whole.Count - 1) / take);
            var rowsBad = 0;
            clock.Restart();
            var sampled = new[] { 0, 1, 499, last / 2, last, last + 1 }.Where(p => p <= last + 1).Distinct().ToList();
            foreach (var p in sampled)
            {
                var expected = await ReviewList.SortedByNameAsync(db, filter, p * take, take);
                var page = await ReviewList.PageAsync(db, filter, summary, ReviewList.ByProject, p * take, take, names: order);
                rowsBad += expected.SequenceEqual(page) ? 0 : 1;
            }

            var sampleTime = clock.Elapsed;
            differing += bad + rowsBad;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {whole.Count} findings, {order.Projects} projects in {order.Names} names (order {orderTime.TotalSeconds:0.00} s, {order.Bytes / 1024} KB; whole sort of ids {wholeTime.TotalSeconds:0.00} s); "
                + $"{pages} pages of {take} by seek {walkTime.TotalSeconds:0.0} s ({walkTime.TotalMilliseconds / pages:0.0} ms a page), {bad} differing; "
                + $"pages {string.Join('/', sampled.Select(p => p + 1))} row for row against the whole sort's page: {rowsBad} differing ({sampleTime.TotalSeconds / sampled.Count:0.00} s a pair)"));
        }

        Console.WriteLine($"differing pages: {differing}");
        return differing == 0 ? 0 : 1;
    }
}
