namespace Jixiao.Web.Features.Projects;

/// <summary>指标值 in the API's project JSON: the text as written.</summary>
public sealed class TargetInput
{
    public string? Text { get; set; }
}
