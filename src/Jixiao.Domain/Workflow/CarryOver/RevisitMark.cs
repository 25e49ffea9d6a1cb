namespace Jixiao.Domain.Workflow.CarryOver;

/// <summary>
/// A "待复核" mark on a carried-over value: the project (empty for Part 1), the indicator row (1-based) when it
/// concerns one, the field as named on the form, the reason, and a Chinese message saying what to check.
/// </summary>
public sealed record RevisitMark(string ProjectCode, int? IndicatorRow, string Field, RevisitReason Reason, string Message)
{
    public bool IsDocumentLevel => ProjectCode.Length == 0;
}
