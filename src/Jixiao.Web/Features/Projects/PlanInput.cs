using System.ComponentModel.DataAnnotations;

namespace Jixiao.Web.Features.Projects;

/// <summary>One checkpoint of 资金支出计划: month-end and cumulative percent as typed.</summary>
public sealed class PlanInput
{
    public int Month { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Percent { get; set; } = string.Empty;
}
