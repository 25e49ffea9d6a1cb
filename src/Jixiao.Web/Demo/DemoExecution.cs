using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Documents.Payments;
using Jixiao.Web.Http;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Demo;

/// <summary>
/// Execution data of the demo region, so the monitoring pages show lights on first start: the payments of January to
/// June (embedded <c>Demo/Payments/*.csv</c>, imported through the normal payment import) and the 1–6月 监控表 of
/// 财政信息化运维经费 — the example: a 25/50/75/100 plan with 40% spent at the end of June.
/// </summary>
public sealed class DemoExecution(JixiaoDbContext db, PaymentImport payments, ExecutionService execution, ILogger<DemoExecution> logger)
{
    /// <summary>The demo project of the monitoring example: 36.50 万元, plan 25/50/75/100, 14.60 万元 (40%) paid by 30 June.</summary>
    public const string ExampleProjectCode = "13010224P000102000015";

    /// <summary>Demo data is system work: no role, no address (as the demo documents' import).</summary>
    private static readonly AuditActor DemoActor = new(DemoData.User, string.Empty, string.Empty);

    private static readonly UserAccess DemoUser = UserAccess.System(DemoData.User);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var user = DemoUser;
        var assembly = typeof(DemoExecution).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("DemoPayments/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
            var fileName = name["DemoPayments/".Length..];
            var read = PaymentFiles.Read(buffer.ToArray(), fileName);
            var lines = read.HasErrors ? [] : await payments.PreviewAsync(read.Value!, user, ct).ConfigureAwait(false);
            if (read.HasErrors || lines.Any(l => l.IsError))
            {
                logger.LogWarning("示例支付记录 {File} 有错误，未导入：{Problems}", fileName, string.Join("；", read.Errors.Select(e => e.ToString()).Concat(lines.Where(l => l.IsError).Select(l => l.Problem!))));
                continue;
            }

            await payments.ImportAsync(lines, fileName, DemoActor, ct).ConfigureAwait(false);
        }

        var projectId = await db.Projects.Where(p => p.Code == ExampleProjectCode).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (projectId is null || await execution.LoadAsync(projectId.Value, DemoUser, ct).ConfigureAwait(false) is not { } scope)
        {
            return;
        }

        var month = scope.MonitoringProfile.CheckpointMonth;
        var draft = (await execution.GetMonitoringAsync(scope, month, ct).ConfigureAwait(false)).Monitored.Assessment.Report;
        string[][] progress =
        [
            ["65个", "120个"], ["99.8%", "99.8%"], ["1.5小时", "1.5小时"], ["36.5万元", "36.5万元"], ["1天", "1天"], ["100%", "100%"], ["93%", "93%"],
        ];
        var input = new MonitoringInput
        {
            InitialBudget = draft.InitialBudget.ToWanYuanString(),
            Spent = draft.Spent.ToWanYuanString(),
            ExpectedAnnualSpending = draft.InitialBudget.ToWanYuanString(),
            GoalProgress = "1.财政预算管理一体化系统上半年稳定运行，未发生重大故障\n2.已完成等保测评，发现的问题已全部整改",
            Indicators = [.. draft.Indicators.Select((x, i) => new MonitoringIndicatorInput
            {
                Row = i + 1,
                Actual = i < progress.Length ? progress[i][0] : string.Empty,
                ExpectedAnnual = i < progress.Length ? progress[i][1] : string.Empty,
                Possibility = "确定能",
            })],
        };
        var errors = await execution.SaveMonitoringAsync(scope, month, input, DemoActor, ct).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            logger.LogWarning("示例监控表未保存：{Errors}", string.Join("；", errors));
        }
    }
}
