namespace Jixiao.Web.Charts;

/// <summary>One bar: its label, its length (any non-negative measure), the text printed beside it and, when the bar
/// has a meaning (a grade, a light), its tone ("grade-Excellent", "light-red") so it is coloured by that meaning.</summary>
public sealed record ChartBar(string Label, decimal Value, string ValueText, string? Tone = null);
