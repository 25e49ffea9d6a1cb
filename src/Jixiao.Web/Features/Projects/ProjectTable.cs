using Jixiao.Domain.Goals;

namespace Jixiao.Web.Features.Projects;

/// <summary>The 项目绩效目标表 with money as exact 万元 strings and target values as written.</summary>
public sealed record ProjectTable(
    int Sequence,
    string Name,
    string ProjectCode,
    string Budget,
    string? FiscalFunds,
    string? OtherFunds,
    string FundUse,
    IReadOnlyList<SpendingCheckpoint> SpendingPlan,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<IndicatorRow> Indicators)
{
    public static ProjectTable From(BudgetProject p) => new(
        p.Sequence, p.ProjectName, p.ProjectCode, p.Budget.ToWanYuanString(), p.FiscalFunds?.ToWanYuanString(), p.OtherFunds?.ToWanYuanString(),
        p.FundUse, p.SpendingPlan.Checkpoints, p.Goals,
        [.. p.Indicators.Select((x, i) => new IndicatorRow(i + 1, x.Level1, x.Level2, x.Name, x.Description, x.Target.Text, x.TargetBasis))]);
}
