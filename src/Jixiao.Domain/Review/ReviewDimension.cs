namespace Jixiao.Domain.Review;

/// <summary>The four review dimensions of 财预〔2015〕88号 (DOMAIN.md §4.1).</summary>
public enum ReviewDimension
{
    /// <summary>完整性: all parts filled, goals clear.</summary>
    Completeness,

    /// <summary>相关性: goals relate to functions; indicators linked to goals and 细化量化.</summary>
    Relevance,

    /// <summary>适当性: money and ambition matched.</summary>
    Appropriateness,

    /// <summary>可行性: goals argued, measures workable.</summary>
    Feasibility,
}
