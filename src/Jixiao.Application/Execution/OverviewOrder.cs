namespace Jixiao.Application.Execution;

/// <summary>How the 执行与评价 list is sorted.</summary>
public enum OverviewOrder
{
    /// <summary>Red first, then yellow, blue, green, not judged; within a light the lowest 执行率 first.</summary>
    WorstLight,

    /// <summary>Lowest 执行率 first (no rate last).</summary>
    LowestRate,

    /// <summary>By unit code and the table's 序号, as in the document.</summary>
    Document,
}
