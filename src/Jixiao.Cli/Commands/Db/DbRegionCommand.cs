using Jixiao.Application.Execution;
using Jixiao.Application.Regions;
using Jixiao.Application.Users;
using Jixiao.Documents;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db region 区划 [--review-profile FILE|default] [--monitoring-profile ID|FILE] [--scoring ID]`: shows
/// a region's profiles or changes them, through the same use case as the web's region settings page
/// (<see cref="RegionSettings"/>: checked, audited, every light of the region recomputed).</summary>
internal sealed class DbRegionCommand : ICommand
{
    public string Name => "region";

    public string Usage => $"jixiao db region 6位区划代码 [--review-profile 审核规则配置.json|default] [--monitoring-profile hebei|central|监控方案.json] [--scoring national|sichuan] [--user 姓名] {DbSession.OptionUsage}";

    public string Summary => "查看或设置区划的审核规则配置、监控方案和自评评分方案（导入、审核、监控和自评都按区划的设置）。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var connection = DbSession.Connection(a);
        var code = DbSession.SingleArgument(a, "区划代码");
        var review = a.Option("--review-profile");
        var monitoring = a.Option("--monitoring-profile");
        var scoring = a.Option("--scoring");
        var user = a.Option("--user") is { Length: > 0 } u ? u : Environment.UserName;
        a.RejectUnknown();
        return DbSession.Run(connection, stderr, async () =>
        {
            await using var app = await DbSession.OpenAsync(connection, stderr).ConfigureAwait(false);
            var settings = app.Get<RegionSettings>();
            if (await settings.FindAsync(code).ConfigureAwait(false) is not { } region)
            {
                stderr.WriteLine(RegionMessages.NotFound(code) + "请先导入该区划的文档。");
                return ExitCodes.UnreadableInput;
            }

            if (review is not null || monitoring is not null || scoring is not null)
            {
                var (monitoringChoice, monitoringJson) = monitoring switch
                {
                    null => (region.MonitoringProfileJson is null ? region.MonitoringProfile : RegionSettings.Custom, region.MonitoringProfileJson),
                    _ when File.Exists(monitoring) => (RegionSettings.Custom, ReadFile(monitoring)),
                    _ => (monitoring, null),
                };
                var input = new RegionSettingsInput(monitoringChoice, monitoringJson, scoring ?? region.ScoringProfile,
                    review is null ? region.ReviewProfileJson : review == "default" ? null : ReadFile(review));
                if (await settings.SaveAsync(code, input, UserAccess.System(user).ActorFrom(string.Empty)).ConfigureAwait(false) is { } problem)
                {
                    stderr.WriteLine($"未保存：{problem}");
                    return ExitCodes.UnreadableInput;
                }

                region = (await settings.FindAsync(code).ConfigureAwait(false))!;
            }

            var profile = RegionProfiles.Monitoring(region);
            stdout.WriteLine($"区划 {region.Code} {region.Name}");
            stdout.WriteLine($"  审核规则配置：{(region.ReviewProfileJson is null ? "内置默认" : $"本地区自定义（{RegionProfiles.Review(region).Id}）")}");
            stdout.WriteLine($"  监控方案：{profile.Name}，监控节点 1–{profile.CheckpointMonth}月");
            stdout.WriteLine($"  自评评分方案：{RegionProfiles.Scoring(region).Name}");
            return ExitCodes.Success;
        });
    }

    private static string ReadFile(string path) =>
        File.Exists(path) ? TextDecoding.Decode(File.ReadAllBytes(path)) : throw new UsageException($"找不到文件“{path}”。");
}
