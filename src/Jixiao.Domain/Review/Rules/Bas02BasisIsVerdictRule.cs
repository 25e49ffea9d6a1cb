using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>BAS-02: the basis is a verdict on the result ("是否合格") — it says how the result will be judged, not
/// where the target value comes from.</summary>
public sealed class Bas02BasisIsVerdictRule : IndicatorRule
{
    public override string Id => "BAS-02";

    public override string Title => "以“是否合格”等结论代替确定依据";

    public override ReviewDimension Dimension => ReviewDimension.Feasibility;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("（计划标准、行业标准、历史标准、其他标准）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.Basis.IsVerdict)
        {
            findings.Row(project, row, ReviewFields.Basis,
                $"{project.Label}{row.Label}的指标值确定依据填的是“{row.Indicator.TargetBasis}”，这是对结果的判断，不是指标值的来源。",
                "写明指标值依据的标准：计划标准（工作计划、预算批复、合同）、行业标准、历史标准（上年实际值）或财政认可的其他标准，例如“历史标准：2021年实际完成率96%”。");
        }
    }
}
