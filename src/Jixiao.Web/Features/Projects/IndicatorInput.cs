using System.ComponentModel.DataAnnotations;

namespace Jixiao.Web.Features.Projects;

/// <summary>One indicator row of the form.</summary>
public sealed class IndicatorInput
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Level1 { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Level2 { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Description { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Target { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Basis { get; set; } = string.Empty;
}
