namespace Jixiao.Domain.Goals;

/// <summary>
/// A department's 部门预算绩效文本 for one fiscal year: Part 1 (department goals) and Part 2 (one goal table
/// per budget project).
/// </summary>
public sealed record PerformanceDocument
{
    /// <summary>The title line when the source has one ("X部门2022年部门预算绩效文本").</summary>
    public string Title { get; init; } = string.Empty;

    public int FiscalYear { get; init; }

    public ValueSource FiscalYearSource { get; init; }

    /// <summary>财政区划代码, 6 digits (130682).</summary>
    public string RegionCode { get; init; } = string.Empty;

    public ValueSource RegionSource { get; init; }

    /// <summary>部门代码: the first 3 digits of the unit codes (222).</summary>
    public string DepartmentCode { get; init; } = string.Empty;

    public string DepartmentName { get; init; } = string.Empty;

    public string MoneyUnit { get; init; } = "万元";

    /// <summary>The taxonomy profile the indicator tables follow (A = 88号 style, B = 101号 style).</summary>
    public string TaxonomyProfile { get; init; } = "A";

    public DepartmentGoals DepartmentGoals { get; init; } = new();

    public IReadOnlyList<BudgetProject> Projects { get; init; } = [];

    /// <summary><see cref="FormFields.Part1"/> when the file holds goal tables only (no 第一部分); none for a
    /// department's 部门预算绩效文本.</summary>
    public FormFields FormLacks { get; init; }

    public Money TotalBudget => Money.Sum(Projects.Select(p => p.Budget));

    public bool Equals(PerformanceDocument? other) =>
        other is not null && Title == other.Title && FiscalYear == other.FiscalYear
        && FiscalYearSource == other.FiscalYearSource && RegionCode == other.RegionCode
        && RegionSource == other.RegionSource && DepartmentCode == other.DepartmentCode
        && DepartmentName == other.DepartmentName && MoneyUnit == other.MoneyUnit
        && TaxonomyProfile == other.TaxonomyProfile && DepartmentGoals.Equals(other.DepartmentGoals)
        && FormLacks == other.FormLacks && Projects.SequenceEqual(other.Projects);

    public override int GetHashCode() => HashCode.Combine(FiscalYear, RegionCode, DepartmentCode);
}
