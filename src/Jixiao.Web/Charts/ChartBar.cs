namespace Jixiao.Web.Charts;

/// <summary>One bar: its label, its length (any non-negative measure) and the text printed beside it.</summary>
public sealed record ChartBar(string Label, decimal Value, string ValueText);
