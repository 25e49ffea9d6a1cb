using System.ComponentModel.DataAnnotations;

namespace Jixiao.Web.Features.Documents;

/// <summary>One 分项绩效目标 with its 工作保障措施 (they are written in pairs).</summary>
public sealed class SubGoalInput
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Title { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string GoalText { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string IndicatorText { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Safeguard { get; set; } = string.Empty;
}
