using System.Diagnostics;
using System.Globalization;
using Jixiao.Application;
using Jixiao.Application.Library;
using Jixiao.Data.Setup;
using Jixiao.Domain.Library;

namespace Jixiao.Benchmarks;

/// <summary>
/// `dotnet run -c Release -- library-suggest "Data Source=big.db" REGION [REQUESTS]`: suggestion latency as the edit
/// form sees it (the library's stamp read from the database, then ranking the region's library plus the national
/// base), one request at a time, over typed texts of one to five characters; then the same ranking over a synthetic
/// library of 20,000 indicators (a region far more varied than generated data). Prints p50, p95, p99 and max.
/// </summary>
public static class LibrarySuggestLatency
{
    private static readonly string[] Typed = ["满", "满意", "服务对象满意", "完成", "验收合格率", "成本", "时", "及时率", "知晓", "效率提升", "设备", "培训合格"];
    private static readonly string[] Level2s = ["", "质量指标", "数量指标", "时效指标", "服务对象满意度指标", "社会效益指标"];

    public static int Run(string[] args)
    {
        var connection = DatabaseConnection.Resolve(args.Length > 1 ? args[1] : null);
        var region = args.Length > 2 ? args[2] : "130600";
        var requests = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2000;
        RunAsync(connection, region, requests).GetAwaiter().GetResult();
        Synthetic(requests);
        return 0;
    }

    private static async Task RunAsync(DatabaseConnection connection, string region, int requests)
    {
        await using var app = new ApplicationScope(connection);
        var library = app.Get<LibraryService>();
        var first = Stopwatch.StartNew();
        var snapshot = await library.SnapshotAsync(region);
        Console.WriteLine($"first load of region {region}: {snapshot.Items.Count} indicators in {first.Elapsed.TotalMilliseconds:0} ms");
        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var context = new SuggestionContext(Typed[i % Typed.Length], Level2s[i % Level2s.Length], "信息化运维经费", (100 + (i % 900)).ToString(CultureInfo.InvariantCulture));
            var clock = Stopwatch.StartNew();
            var hits = await library.SuggestAsync(region, context);
            times.Add(clock.Elapsed.TotalMilliseconds);
            GC.KeepAlive(hits);
        }

        Report($"suggest end to end ({requests} requests, database stamp + ranking)", times);
    }

    private static void Synthetic(int requests)
    {
        string[] subjects = ["群众", "学员", "企业", "设备", "系统", "平台", "项目", "资金", "档案", "车辆", "道路", "校舍", "病床", "课题", "案件", "培训", "会议", "宣传", "监测", "巡查"];
        string[] measures = ["满意度", "合格率", "完成率", "知晓率", "覆盖率", "及时率", "达标率", "使用率", "完好率", "数量", "次数", "人次", "成本", "节约率", "验收通过率"];
        var random = new Random(7);
        var entries = new List<SuggestionCandidate>();
        for (var i = 0; i < 20_000; i++)
        {
            var name = $"{subjects[random.Next(subjects.Length)]}{subjects[random.Next(subjects.Length)]}{measures[random.Next(measures.Length)]}{i}";
            entries.Add(new SuggestionCandidate(new LibraryEntry
            {
                Key = IndicatorNames.Key(name),
                Name = name,
                Level2 = Level2s[1 + (i % (Level2s.Length - 1))],
                Projects = random.Next(1, 500),
                Placements = [new LibraryPlacement("A", "产出指标", Level2s[1 + (i % (Level2s.Length - 1))], 1)],
                Keywords = [new LibraryCount("培训", 1)],
                Departments = [new LibraryCount((100 + (i % 900)).ToString(CultureInfo.InvariantCulture), 1)],
            }));
        }

        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            var hits = SuggestionRanker.Rank(entries, new SuggestionContext(Typed[i % Typed.Length], Level2s[i % Level2s.Length], "业务培训经费", "222"), 8);
            times.Add(clock.Elapsed.TotalMilliseconds);
            GC.KeepAlive(hits);
        }

        Report($"ranking over a synthetic library of {entries.Count:N0} indicators ({requests} requests)", times);
    }

    private static void Report(string what, List<double> times)
    {
        times.Sort();
        double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine($"{what}: p50 {P(0.50):0.00} ms, p95 {P(0.95):0.00} ms, p99 {P(0.99):0.00} ms, max {times[^1]:0.00} ms");
    }
}
