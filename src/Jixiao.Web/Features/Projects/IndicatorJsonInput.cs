namespace Jixiao.Web.Features.Projects;

/// <summary>One indicator row in the API's project JSON; of the target only <see cref="TargetInput.Text"/> is read
/// (the parsed parts are recomputed).</summary>
public sealed class IndicatorJsonInput
{
    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public TargetInput? Target { get; set; }

    public string? TargetBasis { get; set; }
}
