namespace Jixiao.Web.Charts;

/// <summary>One line of a line chart: its name, its CSS class (colour, dash) and a value per x position (null = no
/// point).</summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<decimal?> Values);
