namespace Jixiao.Domain.Goals;

/// <summary>Part 1, 部门整体绩效目标: 总体绩效目标, 分项绩效目标 and 工作保障措施 as the published text writes them; a
/// 部门整体支出绩效目标表 gives instead the 部门职能, the 年度主要任务 with their budgets, the department's funds and an
/// indicator table (一级/二级/三级指标, 指标值), with its 年度总体目标 as <see cref="OverallGoal"/>.</summary>
public sealed record DepartmentGoals
{
    public string OverallGoal { get; init; } = string.Empty;

    public IReadOnlyList<SubGoal> SubGoals { get; init; } = [];

    public IReadOnlyList<Safeguard> Safeguards { get; init; } = [];

    /// <summary>部门职能概述 / 部门（单位）职责 of the table.</summary>
    public string Duties { get; init; } = string.Empty;

    /// <summary>年度主要任务, in table order.</summary>
    public IReadOnlyList<DepartmentTask> Tasks { get; init; } = [];

    /// <summary>The department's funds (金额合计, 财政拨款, 其他资金, 基本支出, 项目支出 …), in table order.</summary>
    public IReadOnlyList<DepartmentFund> Funds { get; init; } = [];

    /// <summary>年度绩效指标 of the table; a 长期 value beside the annual one is kept as the extra "长期指标值".</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>True when a 部门整体支出绩效目标表 gave anything beyond the overall goal.</summary>
    public bool HasTable => Duties.Length > 0 || Tasks.Count > 0 || Funds.Count > 0 || Indicators.Count > 0;

    public bool IsEmpty => OverallGoal.Length == 0 && SubGoals.Count == 0 && Safeguards.Count == 0 && !HasTable;

    /// <summary>The safeguard written for <paramref name="subGoal"/>: same title, else same number.</summary>
    public Safeguard? SafeguardFor(SubGoal subGoal) =>
        Safeguards.FirstOrDefault(s => s.Title == subGoal.Title) ?? Safeguards.FirstOrDefault(s => s.Number == subGoal.Number);

    public bool Equals(DepartmentGoals? other) =>
        other is not null && OverallGoal == other.OverallGoal
        && SubGoals.SequenceEqual(other.SubGoals) && Safeguards.SequenceEqual(other.Safeguards)
        && Duties == other.Duties && Tasks.SequenceEqual(other.Tasks) && Funds.SequenceEqual(other.Funds)
        && Indicators.SequenceEqual(other.Indicators);

    public override int GetHashCode() => OverallGoal.GetHashCode(StringComparison.Ordinal);
}
