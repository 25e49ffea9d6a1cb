namespace Jixiao.Web.Pages.Projects;

/// <summary>The editing form of one goal table: every field as the user typed it, parsed and checked on save.</summary>
public sealed class ProjectForm
{
    public string Name { get; set; } = string.Empty;

    public string UnitName { get; set; } = string.Empty;

    public string Budget { get; set; } = string.Empty;

    public string? FiscalFunds { get; set; }

    public string? OtherFunds { get; set; }

    public string FundUse { get; set; } = string.Empty;

    public List<PlanInput> Plan { get; set; } = [];

    public List<string> Goals { get; set; } = [];

    public List<IndicatorInput> Indicators { get; set; } = [];
}
