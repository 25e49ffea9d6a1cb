using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TAX-05: 产出 and 效益 mixed up — a 效益 row that counts work done (验收完成率, 开展宣传次数, 培训人次), or a
/// 产出 row that describes an effect. A 效益 row about who benefits (受益人次, 带动增收) is an effect however it counts,
/// and a 产出 row that names an output measure (验收合格率 of an upgrade) is an output; a 产出 row named …满意… is left
/// to TAX-06.</summary>
public sealed class Tax05OutputOutcomeConfusionRule : IndicatorRule
{
    public override string Id => "TAX-05";

    public override string Title => "产出指标与效益指标混淆";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("指标体系（产出指标与效益指标分列）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.Level1 == "效益指标" && row.Name.OutputWord is { } output && row.Name.OutcomeMarker is null)
        {
            findings.Row(project, row, ReviewFields.Name,
                $"{project.Label}{row.Label}放在效益指标下，但名称含“{output}”，衡量的是完成的工作量或进度，属于产出。",
                "移到产出指标（数量/时效指标）下；效益指标应写项目带来的变化，例如“群众举报办结后回访满意度”。");
        }
        else if (row.Level1 == "产出指标" && row.Name.OutcomeWord is { } outcome && row.Name.OutputWord is null && !row.IsSatisfaction)
        {
            findings.Row(project, row, ReviewFields.Name,
                $"{project.Label}{row.Label}放在产出指标下，但名称含“{outcome}”，描述的是效果，属于效益或满意度。",
                "移到效益指标或满意度指标下；产出指标只写数量、质量、时效和成本。");
        }
    }
}
