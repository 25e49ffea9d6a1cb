using System.Diagnostics;
using System.Globalization;
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

            var ids = await documents.OrderBy(d => d.Id).Select(d => new { d.Id, d.RegionCode, d.FiscalYear, d.DepartmentName }).ToListAsync().ConfigureAwait(false);
            if (ids.Count == 0)
            {
                stdout.WriteLine("没有符合条件的文档，未作审核。");
                return ExitCodes.Success;
            }

            var reviewer = app.Get<DocumentReviewer>();
            var grades = new SortedDictionary<Grade, int>();
            long errors = 0, warnings = 0;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < ids.Count; i++)
            {
                var d = ids[i];
                var run = (await reviewer.ReviewStoredAsync(d.Id, user).ConfigureAwait(false))!;
                var grade = run.Grade;
                grades[grade] = grades.GetValueOrDefault(grade) + 1;
                errors += run.ErrorCount;
                warnings += run.WarningCount;
                if (!quiet)
                {
                    stdout.WriteLine($"[{i + 1}/{ids.Count}] {d.RegionCode} {d.FiscalYear} {d.DepartmentName}：{ReviewSummary.Of(run).Describe()}");
                }
                else if ((i + 1) * 10 / ids.Count != i * 10 / ids.Count)
                {
                    // A whole region takes minutes: a line per tenth on stderr keeps --quiet from looking stuck.
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已审核 {i + 1}/{ids.Count} 个文档（{clock.Elapsed.TotalSeconds:0} 秒）"));
                }
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"已审核 {ids.Count} 个文档（{string.Join("、", grades.Select(g => $"{g.Key.ToChinese()} {g.Value} 个"))}），错误 {errors} 条，警告 {warnings} 条，用时 {clock.Elapsed.TotalSeconds:0.0} 秒。"));
            return ExitCodes.Success;
        });
    }
}
