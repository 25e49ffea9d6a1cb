namespace Jixiao.Web.Features.Projects;

/// <summary>One indicator row, 1-based as findings count them.</summary>
public sealed record IndicatorRow(int Row, string Level1, string Level2, string Name, string Description, string Target, string TargetBasis);
