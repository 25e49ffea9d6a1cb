using Jixiao.Domain.Monitoring;

namespace Jixiao.Data.Entities;

/// <summary>
/// One current project's line of the 执行与评价 view (docs/adr/0007): its lights at the region's checkpoint month as
/// <see cref="MonitoringAssessor"/> gives them, the money they come from, and its execution curve (cumulative 执行数
/// at each month end) with the budget and spending plan the curve is measured against. Rewritten in the transaction
/// of every write that can change it (<see cref="Execution.ExecutionSummaries"/>), so the region view sums and pages
/// these rows in SQL instead of loading and assessing every project on each request. Money is whole fen.
/// </summary>
public class ExecutionSummary
{
    public int ProjectId { get; set; }

    public Project? Project { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public int FiscalYear { get; set; }

    public int UnitId { get; set; }

    /// <summary>单位代码 and the table's 序号, so the list in document order is read from an index.</summary>
    public string UnitCode { get; set; } = string.Empty;

    public int Sequence { get; set; }

    /// <summary>The checkpoint month the lights were assessed for (the region's 监控方案).</summary>
    public int Month { get; set; }

    /// <summary>Which 监控方案 (thresholds included) and which version of the formulas gave the lights: a line whose
    /// stamp differs from the region's current one is stale and recomputed.</summary>
    public string ProfileStamp { get; set; } = string.Empty;

    /// <summary>预算数 of the 1–N月 report (调整后 when adjusted; the stored 监控表's when filed).</summary>
    public long BudgetFen { get; set; }

    /// <summary>1–N月执行数 of the report.</summary>
    public long SpentFen { get; set; }

    /// <summary>执行率 in billionths (rounded), only to sort by; shown figures come from the two amounts. Null when
    /// the budget is 0.</summary>
    public long? RateOrder { get; set; }

    public Light BudgetLight { get; set; }

    public Light PlanLight { get; set; }

    /// <summary>The worst indicator light.</summary>
    public Light GoalLight { get; set; }

    /// <summary>项目灯 = the worst of all parts.</summary>
    public Light ProjectLight { get; set; }

    /// <summary>Whether a 监控表 for the checkpoint month is stored.</summary>
    public bool Reported { get; set; }

    /// <summary>The approved 资金支出计划 as "month:percent;…" (empty without a plan): the planned curve of a set of
    /// projects is computed from the budget sums per distinct plan.</summary>
    public string PlanKey { get; set; } = string.Empty;

    /// <summary>The budget the execution curve is measured against (调整后预算数 of the execution data, else 年初).</summary>
    public long CurveBudgetFen { get; set; }

    /// <summary>The last month with recorded spending in the fiscal year (0 when none): the curve stops there.</summary>
    public int LastMonth { get; set; }

    public long Spent01Fen { get; set; }

    public long Spent02Fen { get; set; }

    public long Spent03Fen { get; set; }

    public long Spent04Fen { get; set; }

    public long Spent05Fen { get; set; }

    public long Spent06Fen { get; set; }

    public long Spent07Fen { get; set; }

    public long Spent08Fen { get; set; }

    public long Spent09Fen { get; set; }

    public long Spent10Fen { get; set; }

    public long Spent11Fen { get; set; }

    public long Spent12Fen { get; set; }

    /// <summary>Cumulative 执行数 to the end of <paramref name="month"/> (1–12).</summary>
    public long SpentTo(int month) => month switch
    {
        1 => Spent01Fen, 2 => Spent02Fen, 3 => Spent03Fen, 4 => Spent04Fen, 5 => Spent05Fen, 6 => Spent06Fen,
        7 => Spent07Fen, 8 => Spent08Fen, 9 => Spent09Fen, 10 => Spent10Fen, 11 => Spent11Fen, 12 => Spent12Fen,
        _ => throw new ArgumentOutOfRangeException(nameof(month)),
    };

    public void SetSpentTo(int month, long fen)
    {
        switch (month)
        {
            case 1: Spent01Fen = fen; break;
            case 2: Spent02Fen = fen; break;
            case 3: Spent03Fen = fen; break;
            case 4: Spent04Fen = fen; break;
            case 5: Spent05Fen = fen; break;
            case 6: Spent06Fen = fen; break;
            case 7: Spent07Fen = fen; break;
            case 8: Spent08Fen = fen; break;
            case 9: Spent09Fen = fen; break;
            case 10: Spent10Fen = fen; break;
            case 11: Spent11Fen = fen; break;
            case 12: Spent12Fen = fen; break;
            default: throw new ArgumentOutOfRangeException(nameof(month));
        }
    }
}
