namespace Jixiao.Web.Features.Projects;

/// <summary>One checkpoint of 资金支出计划 in the API's project JSON.</summary>
public sealed class PlanPointInput
{
    public int Month { get; set; }

    public decimal CumulativePercent { get; set; }
}
