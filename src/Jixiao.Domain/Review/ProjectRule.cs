namespace Jixiao.Domain.Review;

/// <summary>A rule that looks at one project table at a time; tables are reviewed independently (and in parallel).</summary>
public abstract class ProjectRule : ReviewRule
{
    public abstract void Check(ProjectContext project, FindingSink findings);

    /// <summary>True when the rule judges the 部门整体支出绩效目标表's indicator rows too (as Part 1): every rule of
    /// one indicator row, and the table rules about its rows alone (coverage of 一级/二级指标, duplicates,
    /// placeholders). Rules about a project's head, money or goals do not apply to it.</summary>
    public virtual bool JudgesDepartmentTable => false;
}
