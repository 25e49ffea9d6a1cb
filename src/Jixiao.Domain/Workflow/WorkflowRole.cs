namespace Jixiao.Domain.Workflow;

/// <summary>The roles that act in the workflow (ARCHITECTURE.md "Who uses it").</summary>
public enum WorkflowRole
{
    /// <summary>单位填报: compiles the goals of its own units.</summary>
    UnitEditor,

    /// <summary>审核: the supervising department / finance bureau reviewer of a region.</summary>
    Reviewer,

    /// <summary>管理员: users, regions, units; corrects publication mistakes.</summary>
    Administrator,
}
