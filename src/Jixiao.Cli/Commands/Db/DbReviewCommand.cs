using System.Diagnostics;
using System.Globalization;
using Jixiao.Application;
using Jixiao.Application.Review;
using Jixiao.Domain;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db review [--year Y] [--region R]`: reviews every stored document again, by its region's
/// 审核规则配置, and stores the runs, as every import and save does. Needed after the rules or a region's profile
/// change, and for documents stored by `db import --no-review`.</summary>
internal sealed class DbReviewCommand : ICommand
{
    public string Name => "review";

    public string Usage => $"jixiao db review [--year YYYY] [--region 区划] [--user 姓名] [--quiet] {DbSession.OptionUsage}";

    public string Summary => "重新审核库中的文档（可按年度、区划筛选）并保存审核结果。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, flags: ["--quiet"]);
        var connection = DbSession.Connection(a);
        var year = a.IntOption("--year");
        var region = a.Option("--region");
        var user = a.Option("--user") is { Length: > 0 } u ? u : Environment.UserName;
        var quiet = a.Flag("--quiet");
        a.RejectUnknown();
        return DbSession.Run(connection, stderr, async () =>
        {
            await using var app = await DbSession.OpenAsync(connection, stderr).ConfigureAwait(false);
            var documents = app.Db.Documents.AsNoTracking();
            if (year is { } y)
            {
                documents = documents.Where(d => d.FiscalYear == y);
            }

            if (region is not null)
            {
                documents = documents.Where(d => d.RegionCode == region);
            }

            var ids = await documents.OrderBy(d => d.Id)
                .Select(d => new { d.Id, d.RegionCode, d.FiscalYear, d.DepartmentName, Projects = d.Projects.Count(p => p.RemovedAt == null) })
                .ToListAsync().ConfigureAwait(false);
            if (ids.Count == 0)
            {
                stdout.WriteLine("没有符合条件的文档，未作审核。");
                return ExitCodes.Success;
            }

            // Two contexts: while one batch is recorded (one write: bulk inserts, the dashboard lines), the next is read
            // and reviewed on the other, so the database work overlaps the review instead of following it.
            await using var reading = new ApplicationScope(connection);
            var reader = reading.Get<DocumentReviewer>();
            var writer = app.Get<DocumentReviewer>();
            var grades = new SortedDictionary<Grade, int>();
            long errors = 0, warnings = 0;
            var clock = Stopwatch.StartNew();
            var done = 0;
            var batches = Batches(ids, d => d.Projects).ToList();
            var next = reader.PrepareStoredAsync([.. batches[0].Select(d => d.Id)]);
            try
            {
                for (var b = 0; b < batches.Count; b++)
                {
                    var prepared = await next.ConfigureAwait(false);
                    if (b + 1 < batches.Count)
                    {
                        var following = batches[b + 1];
                        next = Task.Run(() => reader.PrepareStoredAsync([.. following.Select(d => d.Id)]));
                    }

                    var runs = (await writer.StoreAsync(prepared, user).ConfigureAwait(false)).ToDictionary(r => r.DocumentId);
                    foreach (var d in batches[b].Where(d => runs.ContainsKey(d.Id)))
                    {
                        var run = runs[d.Id];
                        grades[run.Grade] = grades.GetValueOrDefault(run.Grade) + 1;
                        errors += run.ErrorCount;
                        warnings += run.WarningCount;
                        done++;
                        if (!quiet)
                        {
                            stdout.WriteLine($"[{done}/{ids.Count}] {d.RegionCode} {d.FiscalYear} {d.DepartmentName}：{ReviewSummary.Of(run).Describe()}");
                        }
                        else if (done * 10 / ids.Count != (done - 1) * 10 / ids.Count)
                        {
                            // A whole region takes minutes: a line per tenth on stderr keeps --quiet from looking stuck.
                            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已审核 {done}/{ids.Count} 个文档（{clock.Elapsed.TotalSeconds:0} 秒）"));
                        }
                    }
                }
            }
            finally
            {
                // Failed or not, the batch being read finishes before its context is disposed.
                await Task.WhenAny(next).ConfigureAwait(false);
            }

            // Where the time went, on stderr beside the progress lines (the summary stays the last line of stdout).
            var phases = reader.Timings.Plus(writer.Timings);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"各阶段用时：读取 {phases.Read.TotalSeconds:0.0} 秒，审核 {phases.Review.TotalSeconds:0.0} 秒，写入审核结果 {phases.Write.TotalSeconds:0.0} 秒，汇总表与提交 {phases.Finish.TotalSeconds:0.0} 秒（读下一批与写上一批同时进行）；本进程 CPU 时间 {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.0} 秒，分配内存 {GC.GetTotalAllocatedBytes() / 1048576} MB，垃圾回收 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} 次（0/1/2 代）。"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"已审核 {done} 个文档（{string.Join("、", grades.Select(g => $"{g.Key.ToChinese()} {g.Value} 个"))}），错误 {errors} 条，警告 {warnings} 条，用时 {clock.Elapsed.TotalSeconds:0.0} 秒。"));
            return ExitCodes.Success;
        });
    }

    /// <summary>About this many projects are reviewed in one write: enough for set-based reads and bulk writes to pay,
    /// few enough that a batch's documents and findings stay a few dozen MB.</summary>
    internal const int BatchProjects = 2000;

    /// <summary>Consecutive documents up to <see cref="BatchProjects"/> projects (a larger document alone).</summary>
    private static IEnumerable<List<T>> Batches<T>(IEnumerable<T> documents, Func<T, int> projects)
    {
        var batch = new List<T>();
        var size = 0;
        foreach (var document in documents)
        {
            if (batch.Count > 0 && size + projects(document) > BatchProjects)
            {
                yield return batch;
                batch = [];
                size = 0;
            }

            batch.Add(document);
            size += projects(document);
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
