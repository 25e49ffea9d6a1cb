namespace Jixiao.Domain.Goals;

/// <summary>One 项目绩效目标表 of Part 2.</summary>
public sealed record BudgetProject
{
    /// <summary>The table's number in Part 2 ("1." in "1.安保经费绩效目标表").</summary>
    public int Sequence { get; init; }

    public string UnitCode { get; init; } = string.Empty;

    public string UnitName { get; init; } = string.Empty;

    /// <summary>金额单位 printed on the table, normally 万元.</summary>
    public string MoneyUnit { get; init; } = "万元";

    public string ProjectCode { get; init; } = string.Empty;

    public string ProjectName { get; init; } = string.Empty;

    /// <summary>预算数.</summary>
    public Money Budget { get; init; }

    /// <summary>其中：财政资金; null when the cell is empty.</summary>
    public Money? FiscalFunds { get; init; }

    /// <summary>其他资金; null when the cell is empty (as in every table of the seed).</summary>
    public Money? OtherFunds { get; init; }

    /// <summary>资金用途.</summary>
    public string FundUse { get; init; } = string.Empty;

    public SpendingPlan SpendingPlan { get; init; } = SpendingPlan.Empty;

    public IReadOnlyList<Goal> Goals { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>What the table's head says beyond the fields above (主管部门, 项目属性, 项目期, 中期目标 …), by label.</summary>
    public IReadOnlyList<LabeledText> Extras { get; init; } = [];

    /// <summary>The fields the form this table came in does not have (another province's goal table); none for
    /// Jixiao's own form. The review checks only what the form asks for.</summary>
    public FormFields FormLacks { get; init; }

    public bool Equals(BudgetProject? other) =>
        other is not null
        && Sequence == other.Sequence && UnitCode == other.UnitCode && UnitName == other.UnitName
        && MoneyUnit == other.MoneyUnit && ProjectCode == other.ProjectCode && ProjectName == other.ProjectName
        && Budget == other.Budget && FiscalFunds == other.FiscalFunds && OtherFunds == other.OtherFunds
        && FundUse == other.FundUse && SpendingPlan.Equals(other.SpendingPlan)
        && Goals.SequenceEqual(other.Goals) && Indicators.SequenceEqual(other.Indicators) && Extras.SequenceEqual(other.Extras)
        && FormLacks == other.FormLacks;

    public override int GetHashCode() => HashCode.Combine(ProjectCode, ProjectName, Budget);
}
