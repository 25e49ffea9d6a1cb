namespace Jixiao.Domain.Review;

/// <summary>A project declared to serve a 分项绩效目标 (by its number in Part 1).</summary>
public sealed record SubGoalLink(int SubGoalNumber, string ProjectCode);
