namespace Jixiao.Domain.Review;

/// <summary>A rule that judges each indicator row on its own.</summary>
public abstract class IndicatorRule : ProjectRule
{
    public sealed override void Check(ProjectContext project, FindingSink findings)
    {
        foreach (var row in project.RowArray)
        {
            CheckRow(project, row, findings);
        }
    }

    public override bool JudgesDepartmentTable => true;

    protected abstract void CheckRow(ProjectContext project, RowContext row, FindingSink findings);
}
