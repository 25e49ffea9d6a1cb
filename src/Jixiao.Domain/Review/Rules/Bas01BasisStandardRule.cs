using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>BAS-01: the 指标值确定依据 names one of the four standards (计划/行业/历史/其他标准) or cites a concrete
/// document, plan or figure. Verdicts such as 是否合格 are BAS-02.</summary>
public sealed class Bas01BasisStandardRule : IndicatorRule
{
    public override string Id => "BAS-01";

    public override string Title => "指标值确定依据不是标准或出处";

    public override ReviewDimension Dimension => ReviewDimension.Feasibility;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("（计划标准、行业标准、历史标准、其他标准）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.BasisKey.Length == 0 || row.Basis.IsVerdict || row.Basis.NamesStandardOrSource)
        {
            return;
        }

        findings.Row(project, row, ReviewFields.Basis,
            $"{project.Label}{row.Label}的指标值确定依据“{row.Indicator.TargetBasis}”既不是计划、行业、历史或其他标准，也没有引用具体文件或数据。",
            "写明依据的标准和出处，例如“计划标准：2022年工作要点”“历史标准：2021年实际完成96%”。");
    }
}
