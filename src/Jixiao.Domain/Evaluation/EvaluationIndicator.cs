using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Evaluation;

/// <summary>One indicator row of the 自评表: 一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施.</summary>
public sealed record EvaluationIndicator
{
    public string Level1 { get; init; } = string.Empty;

    public string Level2 { get; init; } = string.Empty;

    /// <summary>三级指标.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>年度指标值, as approved.</summary>
    public TargetValue Target { get; init; } = TargetValue.Empty;

    /// <summary>实际完成值 as written: "85", "85%", "12个" for a number; a grade word (达成年度指标 …) for a 定性 row.</summary>
    public string Actual { get; init; } = string.Empty;

    /// <summary>分值 as written on the form; null to let the profile share the block's points equally.</summary>
    public decimal? Points { get; init; }

    /// <summary>得分 the unit declared; required for 定性 rows, optional (and checked) for the others.</summary>
    public decimal? DeclaredScore { get; init; }

    /// <summary>复核分: the score a reviewer (the 主管部门 or the 财政部门) printed beside the unit's 得分, if the form has
    /// such a column; compared with the recomputed score in a re-check.</summary>
    public decimal? ReviewedScore { get; init; }

    /// <summary>偏差原因分析及改进措施.</summary>
    public string DeviationReason { get; init; } = string.Empty;

    /// <summary>The indicator does not apply this year (e.g. the event did not take place); dropped from scoring.</summary>
    public bool NotApplicable { get; init; }

    /// <summary>A group row ("一、示范区建立 … 15.0", "小计") whose 得分 is the sum of the <see cref="SubtotalMembers"/>
    /// rows printed under it; it is checked against them, not scored on its own.</summary>
    public bool IsSubtotal { get; init; }

    /// <summary>How many rows after a subtotal row it adds up.</summary>
    public int SubtotalMembers { get; init; }

    /// <summary>The row is the form's 预算执行率 indicator: some layouts score the execution among the indicators
    /// (项目管理 / 投入管理 / 预算执行率) instead of beside the money. With no 年度指标值 it is computed from the money
    /// block, 分值 × min(B/A, 1), like the budget line.</summary>
    public bool ScoresExecutionRate { get; init; }

    /// <summary>Where the row is in the file it was read from ("第 23 行", "C23"); empty for rows entered here.</summary>
    public string Place { get; init; } = string.Empty;

    /// <summary>Nothing is filled in: no 实际完成值 and no 得分.</summary>
    public bool IsBlank => Actual.Trim().Length == 0 && DeclaredScore is null;
}
