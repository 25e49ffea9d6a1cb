using Jixiao.Domain.Goals;
using Jixiao.Domain.Workflow;
using Jixiao.Domain.Workflow.Audit;

namespace Jixiao.Workflow.Tests;

public class AuditDiffTests
{
    private static readonly AuditSource Clerk = AuditSource.Of(People.Clerk, "10.12.0.31", new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    private static BudgetProject Project => DepartmentText.Read().Projects[0];

    [Fact]
    public void ForProject_UnchangedProject_WritesNothing()
    {
        Assert.Empty(AuditDiff.ForProject(Project, Project with { }, Clerk));
    }

    [Fact]
    public void ForValues_ChangedAddedAndRemovedFields_OneEntryEach_UnchangedAndEmptyOnesNone()
    {
        KeyValuePair<string, string>[] before = [new("执行数（万元）", "14.60"), new("指标[1].完成值", "65个"), new("指标[2].备注", "已核实"), new("指标[3].备注", "")];
        KeyValuePair<string, string>[] after = [new("执行数（万元）", "14.60"), new("指标[1].完成值", "20个"), new("指标[1].完成目标可能性", "有可能"), new("指标[4].备注", "")];

        var entries = AuditDiff.ForValues(Clerk, AuditDiff.EditAction, AuditDiff.MonitoringEntity, "2022/13068222P00675410002L", before, after);

        Assert.Equal(
            [("指标[1].完成值", "65个", "20个"), ("指标[1].完成目标可能性", "", "有可能"), ("指标[2].备注", "已核实", "")],
            entries.Select(e => (e.Field, e.OldValue, e.NewValue)));
        Assert.All(entries, e => Assert.Equal(("修改", "绩效监控", "2022/13068222P00675410002L", "张敏", "单位填报", "10.12.0.31"),
            (e.Action, e.EntityType, e.EntityId, e.User, e.Role, e.IpAddress)));
    }

    [Fact]
    public void ForProject_ChangedMoneyAndTarget_OneEntryPerFieldWithOldAndNewValue()
    {
        var after = AuditSession.WithTarget(Project, 1, "≥98%") with { Budget = Money.FromWanYuan(32.5m), FiscalFunds = Money.FromWanYuan(32.5m) };

        var entries = AuditDiff.ForProject(Project, after, Clerk);

        Assert.Equal(
            [
                ("预算数", Project.Budget.ToString(), "32.50"),
                ("财政资金", Project.FiscalFunds.ToString()!, "32.50"),
                ("指标[2].指标值", Project.Indicators[1].Target.Text, "≥98%"),
            ],
            entries.Select(e => (e.Field, e.OldValue, e.NewValue)));
        Assert.All(entries, e => Assert.Equal(("修改", "预算项目", Project.ProjectCode, "张敏", "单位填报", "10.12.0.31"),
            (e.Action, e.EntityType, e.EntityId, e.User, e.Role, e.IpAddress)));
    }

    [Fact]
    public void ForProject_AddedIndicatorRow_RecordsEveryFieldOfTheNewRow()
    {
        var row = new Indicator { Level1 = "产出指标", Level2 = "时效指标", Name = "案件办结及时率", Description = "按期办结", Target = TargetValue.Parse("≥95%"), TargetBasis = "计划标准" };
        var after = Project with { Indicators = [.. Project.Indicators, row] };
        var n = after.Indicators.Count;

        var entries = AuditDiff.ForProject(Project, after, Clerk);

        Assert.Equal(
            [
                ("指标数", (n - 1).ToString(), n.ToString()),
                ($"指标[{n}].一级指标", "", "产出指标"),
                ($"指标[{n}].二级指标", "", "时效指标"),
                ($"指标[{n}].三级指标", "", "案件办结及时率"),
                ($"指标[{n}].绩效指标描述", "", "按期办结"),
                ($"指标[{n}].指标值", "", "≥95%"),
                ($"指标[{n}].指标值确定依据", "", "计划标准"),
            ],
            entries.Select(e => (e.Field, e.OldValue, e.NewValue)));
    }

    [Fact]
    public void ForProject_RemovedGoal_KeepsItsTextAsOldValue()
    {
        var after = Project with { Goals = [.. Project.Goals.SkipLast(1)] };
        var removed = Project.Goals[^1];

        var entries = AuditDiff.ForProject(Project, after, Clerk);

        Assert.Contains(entries, e => e.Field == $"绩效目标[{Project.Goals.Count}]" && e.OldValue == $"{removed.Number}.{removed.Text}" && e.NewValue == "");
    }

    [Fact]
    public void ForNewProject_IsOneEntryNamingTheProjectAndItsSize()
    {
        var entry = Assert.Single(AuditDiff.ForNewProject(Project, Clerk));

        Assert.Equal(("新增", "项目", Project.ProjectCode, ""), (entry.Action, entry.Field, entry.EntityId, entry.OldValue));
        Assert.Equal($"{Project.ProjectName}；预算数 {Project.Budget} 万元；绩效目标 {Project.Goals.Count} 条；指标 {Project.Indicators.Count} 行（内容见第 1 版）", entry.NewValue);
    }

    [Fact]
    public void DocumentComparer_StringOutputUnchangedByStructuredDifferences()
    {
        var after = AuditSession.WithTarget(Project, 1, "≥98%");

        Assert.Equal(
            [$"项目.指标[2].指标值: “{Project.Indicators[1].Target.Text}” → “≥98%”"],
            DocumentComparer.CompareProjects(Project, after));
    }
}
