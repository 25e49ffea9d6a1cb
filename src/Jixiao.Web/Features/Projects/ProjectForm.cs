using System.ComponentModel.DataAnnotations;

namespace Jixiao.Web.Features.Projects;

/// <summary>The editing form of one goal table: every field as the user typed it, parsed and checked on save.</summary>
public sealed class ProjectForm
{
    /// <summary>项目编码, taken only when the stored table has none (补填); a code once given cannot change.</summary>
    public string? Code { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string UnitName { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Budget { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? FiscalFunds { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? OtherFunds { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string FundUse { get; set; } = string.Empty;

    public List<PlanInput> Plan { get; set; } = [];

    public List<string> Goals { get; set; } = [];

    public List<IndicatorInput> Indicators { get; set; } = [];
}
