using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TXT-04: 资金用途 that only repeats the project name says nothing about what the money buys.</summary>
public sealed class Txt04FundUseRule : ProjectRule
{
    public override string Id => "TXT-04";

    public override string Title => "资金用途只重复项目名称";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（资金用途）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var p = project.Project;
        if (p.FundUse.Trim().Length > 0 && GoalText.RestatesName(GoalText.Core(p.FundUse, project.Profile.Words), project))
        {
            findings.Project(project, ReviewFields.FundUse,
                $"{project.Label}的资金用途“{p.FundUse.Trim()}”只是重复项目名称，没有说明钱花在哪里。",
                "写明资金的具体用途、对象和数量，例如“支付举报平台运维服务费10万元、线路租赁费2万元”。");
        }
    }
}
