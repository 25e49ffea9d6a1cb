using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Workflow.CarryOver;

/// <summary>Next year's draft and the marks on everything the unit must revisit before submitting it.</summary>
public sealed record CarryOverResult(PerformanceDocument Document, IReadOnlyList<RevisitMark> Marks)
{
    public IReadOnlyList<RevisitMark> For(string projectCode, int? indicatorRow = null) =>
        [.. Marks.Where(m => m.ProjectCode == projectCode && (indicatorRow is null || m.IndicatorRow == indicatorRow))];

    public int Count(RevisitReason reason) => Marks.Count(m => m.Reason == reason);

    /// <summary>"已生成2023年草稿：10个项目，90条指标全部标记为待复核；指标值为100%的31条，定性指标2条 …".</summary>
    public string Summary()
    {
        var indicators = Document.Projects.Sum(p => p.Indicators.Count);
        var details = new (RevisitReason Reason, string Label)[]
        {
            (RevisitReason.FullTarget, "指标值为100%"),
            (RevisitReason.Qualitative, "定性指标"),
            (RevisitReason.Placeholder, "占位指标值"),
            (RevisitReason.EmptyTarget, "空指标值"),
            (RevisitReason.PriorYearData, "需上年实际数"),
            (RevisitReason.MentionsOtherYear, "文字含其他年度"),
        };
        var parts = details.Where(d => Count(d.Reason) > 0).Select(d => $"{d.Label}{Count(d.Reason)}处");
        return $"已生成{Document.FiscalYear}年草稿：{Document.Projects.Count}个项目，{indicators}条指标全部标记为待复核；"
            + string.Join("，", parts) + "。";
    }
}
