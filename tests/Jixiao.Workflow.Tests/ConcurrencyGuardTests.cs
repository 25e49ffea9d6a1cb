using Jixiao.Domain.Goals;
using Jixiao.Domain.Workflow;

namespace Jixiao.Workflow.Tests;

public class ConcurrencyGuardTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_UnchangedVersion_AllowsTheSave()
    {
        Assert.Null(ConcurrencyGuard.Check(4, 4, []));
    }

    [Fact]
    public void Check_TwoClientsSaveTheSameProject_SecondIsRefusedNamingWhoSavedAndWhat()
    {
        // Both open version 1; the clerk saves first (version 2), then the colleague's save arrives still based on 1.
        var project = DepartmentText.Read().Projects[0];
        var clerkVersion = AuditSession.WithTarget(project, 8, "≥95%");
        var history = new List<SavedVersion>
        {
            new(1, "导入", Morning, ["新建"]),
            new(2, "张敏", Morning.AddMinutes(7), DocumentComparer.CompareProjects(project, clerkVersion, path: "项目")),
        };

        var conflict = ConcurrencyGuard.Check(baseVersion: 1, currentVersion: 2, history)!;

        Assert.Equal([2L], conflict.SavedMeanwhile.Select(v => v.Version));
        Assert.Equal(
            "保存失败：您是在第 1 版的基础上修改的，此期间张敏 于 2026-03-02 09:07 保存了第 2 版，修改了：项目.指标[9].指标值: “100百分比” → “≥95%”。"
            + "为避免覆盖他人的修改，本次保存未执行；您填写的内容仍保留在页面上，请打开最新版本核对后重新保存。",
            conflict.Message);
    }

    [Fact]
    public void Check_ManyChanges_ListsTheFirstFiveAndTheTotal()
    {
        var changes = Enumerable.Range(1, 8).Select(i => $"指标[{i}].指标值: “100%” → “≥95%”").ToList();

        var conflict = ConcurrencyGuard.Check(3, 5, [new(4, "张敏", Morning, changes), new(5, "王强", Morning.AddHours(1), [])])!;

        Assert.Contains("指标[5].指标值", conflict.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("指标[6].指标值", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("等共 8 处；王强 于 2026-03-02 10:00 保存了第 5 版，未改动内容", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HistoryUnknown_StillNamesTheCurrentVersion()
    {
        Assert.Contains("此期间已有人保存了第 7 版", ConcurrencyGuard.Check(6, 7, [])!.Message, StringComparison.Ordinal);
    }
}
