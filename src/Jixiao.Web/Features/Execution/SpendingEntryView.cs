namespace Jixiao.Web.Features.Execution;

/// <summary>A cumulative 执行数 (万元) entered by form.</summary>
public sealed record SpendingEntryView(DateOnly AsOf, string Spent);
