using Jixiao.Domain.Goals;
using Jixiao.Domain.Library;

namespace Jixiao.Domain.Review;

/// <summary>
/// Data a goals document does not contain but some rules need: prior-year actuals (BAS-03), the department's
/// functions (DEP-01), the department's declared project total (FIN-05), indicator weights (VAL-05 as error) and
/// explicit sub-goal ↔ project links (DEP-03). Rules that need it stay silent while it is absent and fire once it
/// is supplied (by the monitoring/evaluation data of the previous year, or by the budget system).
/// </summary>
public sealed record ReviewSupplement
{
    public static ReviewSupplement None { get; } = new();

    /// <summary>实际完成值 of last year, per project code and 三级指标.</summary>
    public IReadOnlyList<PriorYearActual> PriorYearActuals { get; init; } = [];

    /// <summary>部门职责 (the department's functions as listed in its 三定 plan).</summary>
    public IReadOnlyList<string> DepartmentFunctions { get; init; } = [];

    /// <summary>项目支出合计 declared in the department budget, for FIN-05.</summary>
    public Money? DeclaredProjectTotal { get; init; }

    /// <summary>分值/权重 of indicator rows (from a scoring profile or the budget system).</summary>
    public IReadOnlyList<IndicatorWeight> IndicatorWeights { get; init; } = [];

    /// <summary>Which project serves which 分项绩效目标 (职责→活动→项目).</summary>
    public IReadOnlyList<SubGoalLink> SubGoalLinks { get; init; } = [];

    /// <summary>The region's indicator library (targets of earlier approved tables, names used), for BAS-05 and
    /// TAX-09; null: those rules stay silent.</summary>
    public LibraryHistory? Library { get; init; }
}
