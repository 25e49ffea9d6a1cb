namespace Jixiao.Data.Entities;

/// <summary>Where a region's fiscal year is in the cycle of ARCHITECTURE.md.</summary>
public enum FiscalYearStatus
{
    /// <summary>编制: goals are being compiled and imported.</summary>
    Compiling,

    /// <summary>执行: budgets approved; in-year monitoring runs.</summary>
    Executing,

    /// <summary>自评: year-end self-evaluation.</summary>
    Evaluating,

    /// <summary>已关闭: read-only.</summary>
    Closed,
}
