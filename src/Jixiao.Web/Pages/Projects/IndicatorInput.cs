namespace Jixiao.Web.Pages.Projects;

/// <summary>One indicator row of the form.</summary>
public sealed class IndicatorInput
{
    public string Level1 { get; set; } = string.Empty;

    public string Level2 { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Target { get; set; } = string.Empty;

    public string Basis { get; set; } = string.Empty;
}
