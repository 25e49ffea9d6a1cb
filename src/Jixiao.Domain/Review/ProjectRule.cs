namespace Jixiao.Domain.Review;

/// <summary>A rule that looks at one project table at a time; tables are reviewed independently (and in parallel).</summary>
public abstract class ProjectRule : ReviewRule
{
    public abstract void Check(ProjectContext project, FindingSink findings);
}
