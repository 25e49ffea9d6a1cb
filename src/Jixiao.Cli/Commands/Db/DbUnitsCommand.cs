using Jixiao.Application.Dashboard;
using Jixiao.Domain;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db units --region R --year Y`: the units of a region and year with project count, budget total
/// (summed in the database) and latest review grade.</summary>
internal sealed class DbUnitsCommand : ICommand
{
    public string Name => "units";

    public string Usage => $"jixiao db units --region 6位区划代码 --year YYYY {DbSession.OptionUsage}";

    public string Summary => "列出某区划某年度的单位：项目数、预算合计（万元）、最近审核等级。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var connection = DbSession.Connection(a);
        var region = a.Option("--region") ?? throw new UsageException("缺少 --region（6 位区划代码，例如 130682）。");
        var year = a.IntOption("--year") ?? throw new UsageException("缺少 --year（年度，例如 2022）。");
        a.RejectUnknown();
        return DbSession.Run(connection, stderr, async () =>
        {
            await using var app = await DbSession.OpenAsync(connection, stderr).ConfigureAwait(false);
            var db = app.Db;
            var units = await UnitQueries.ListAsync(db, region, year).ConfigureAwait(false);
            if (units.Count == 0)
            {
                stdout.WriteLine($"区划 {region} 在 {year} 年度没有单位数据。");
                return ExitCodes.Success;
            }

            stdout.WriteLine($"区划 {region}  {year} 年度");
            stdout.WriteLine("  单位代码  单位名称                          项目数   预算合计(万元)  最近审核");
            foreach (var u in units)
            {
                stdout.WriteLine($"  {u.Code,-8}  {DisplayText.Pad(u.Name, 32)}  {u.ProjectCount,6}  {u.BudgetTotal.ToWanYuanString(),15}  {u.LatestGrade?.ToChinese() ?? "未审核"}");
            }

            var total = await UnitQueries.RegionTotalAsync(db, region, year).ConfigureAwait(false);
            stdout.WriteLine($"合计：{units.Count} 个单位，{units.Sum(u => u.ProjectCount)} 个项目，预算 {total.ToWanYuanString()} 万元");
            return ExitCodes.Success;
        });
    }
}
