using System.ComponentModel.DataAnnotations;

namespace Jixiao.Web.Features.Documents;

/// <summary>The Part 1 form: overall goal and, per sub-goal, its title, goal text, indicator text and safeguard.</summary>
public sealed class Part1Form
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string OverallGoal { get; set; } = string.Empty;

    public List<SubGoalInput> SubGoals { get; set; } = [];
}
