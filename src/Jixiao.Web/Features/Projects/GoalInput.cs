namespace Jixiao.Web.Features.Projects;

/// <summary>One 绩效目标 in the API's project JSON.</summary>
public sealed class GoalInput
{
    public int Number { get; set; }

    public string? Text { get; set; }
}
