using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Mapping;

/// <summary>The stored <see cref="WorkflowStatus"/> and the domain's <see cref="DocumentState"/> share member names.</summary>
public static class WorkflowMapping
{
    public static DocumentState ToDomain(this WorkflowStatus status) => Enum.Parse<DocumentState>(status.ToString());

    public static WorkflowStatus ToStatus(this DocumentState state) => Enum.Parse<WorkflowStatus>(state.ToString());

    /// <summary>A document imported before the workflow existed counts as a draft.</summary>
    public static DocumentState StateOf(DepartmentDocument document) => document.Workflow?.Status.ToDomain() ?? DocumentState.Draft;
}
