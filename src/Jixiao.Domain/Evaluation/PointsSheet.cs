namespace Jixiao.Domain.Evaluation;

/// <summary>
/// A 自评表 scored by the points it prints on each row (分值 / 权重 beside 得分) rather than by the national project
/// formulas: the 部门整体支出绩效自评表 of a place, whose indicators and points that place sets. It is re-checked by
/// its own arithmetic only (<see cref="PointsSheetCheck"/>): each row's 得分 within its 分值, the groups' printed points
/// and the rows under them, the 执行率 score, the rows adding up to the printed 自评总分, the grade of that total.
/// </summary>
public sealed record PointsSheet
{
    /// <summary>The table's title as printed ("2023年度部门整体支出绩效评价自评表"), or the label that showed what it is.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>主管部门 / 单位, when printed.</summary>
    public string DepartmentName { get; init; } = string.Empty;

    public IReadOnlyList<PointsSheetRow> Rows { get; init; } = [];

    /// <summary>分值 printed for an 一级 or 二级 group ("规划(15分)", "基础信息(3分)").</summary>
    public IReadOnlyList<DeclaredGroup> Groups { get; init; } = [];

    /// <summary>执行率权重 (the points of the budget execution), when the sheet scores it apart from the rows.</summary>
    public decimal? ExecutionPoints { get; init; }

    /// <summary>执行率 as printed, as a fraction (76% → 0.76).</summary>
    public decimal? ExecutionRate { get; init; }

    /// <summary>执行率得分 as printed.</summary>
    public decimal? ExecutionScore { get; init; }

    /// <summary>自评总分 as printed.</summary>
    public decimal? DeclaredTotal { get; init; }

    public Grade? DeclaredGrade { get; init; }

    /// <summary>Where the sheet is (file, table), for messages.</summary>
    public string Place { get; init; } = string.Empty;

    /// <summary>执行率权重 × 执行率 (over 100% counted as 100%), when both are printed.</summary>
    public decimal? ExecutionScoreByRate => ExecutionPoints is { } points && ExecutionRate is { } rate ? ScoreRounding.Round(points * Math.Clamp(rate, 0, 1)) : null;

    /// <summary>The rows under a group: of its 一级, and of its 二级 when the group is one.</summary>
    public IEnumerable<PointsSheetRow> RowsOf(DeclaredGroup group) =>
        Rows.Where(r => r.Level1 == group.Level1 && (group.Level2 is null || r.Level2 == group.Level2));
}

/// <summary>One row of a <see cref="PointsSheet"/>: the indicator, its printed 分值 and 得分, and the 得分系数 some
/// sheets print between them (得分 = 分值 × 系数).</summary>
public sealed record PointsSheetRow
{
    public string Level1 { get; init; } = string.Empty;

    public string Level2 { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public decimal? Points { get; init; }

    public decimal? Score { get; init; }

    /// <summary>得分系数 in percent (100% → 100), when printed.</summary>
    public decimal? CoefficientPercent { get; init; }

    /// <summary>Where the row is in the file ("第 5 行", "E5").</summary>
    public string Place { get; init; } = string.Empty;

    /// <summary>分值 × 得分系数, when both are printed: what the 得分 should be.</summary>
    public decimal? ScoreByCoefficient => Points is { } points && CoefficientPercent is { } coefficient ? ScoreRounding.Round(points * coefficient / 100m) : null;
}
