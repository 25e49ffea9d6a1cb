using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-12: a satisfaction indicator whose description does not say how satisfaction will be measured.</summary>
public sealed class Val12SatisfactionSurveyRule : IndicatorRule
{
    public override string Id => "VAL-12";

    public override string Title => "满意度指标未说明调查方式";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（绩效信息应可取得，满意度须说明调查方式）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.IsSatisfaction && row.Level1 == "满意度指标" && !ReviewText.ContainsAny(row.DescriptionKey, project.Profile.Words.SurveyWords))
        {
            findings.Row(project, row, ReviewFields.Description,
                $"{project.Label}{row.Label}的绩效指标描述没有说明满意度如何取得。",
                "在绩效指标描述中写明调查对象、方式和时间，例如“年底对举报人电话回访，抽样不少于30人”。");
        }
    }
}
