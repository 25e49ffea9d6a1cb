using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TXT-08 (Jixiao): a 绩效指标描述 that is empty or only repeats the 三级指标 name — it should say what is
/// counted, how, and from which records.</summary>
public sealed class Txt08DescriptionRepeatsNameRule : IndicatorRule
{
    public override string Id => "TXT-08";

    public override string Title => "指标描述只重复指标名称";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（指标描述应具体、可取得）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.NameKey.Length == 0)
        {
            return;
        }

        if (row.DescriptionKey.Length == 0)
        {
            findings.Row(project, row, ReviewFields.Description, $"{project.Label}{row.Label}的绩效指标描述为空。",
                "写明指标的含义、计算口径和数据来源，例如“按期办结的举报件数÷受理举报件数，以信访台账为准”。");
        }
        else if (row.DescriptionKey == row.NameKey)
        {
            findings.Row(project, row, ReviewFields.Description, $"{project.Label}{row.Label}的绩效指标描述只是重复指标名称。",
                "写明指标的含义、计算口径和数据来源，例如“按期办结的举报件数÷受理举报件数，以信访台账为准”。");
        }
    }
}
