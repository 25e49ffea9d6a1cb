using Jixiao.Application.Users;
using Jixiao.Domain.Workflow;

namespace Jixiao.Application.Workflow;

/// <summary>The <see cref="Operation"/> of the access policy each workflow action needs; the workflow machine then
/// decides by the document's state.</summary>
public static class WorkflowOperations
{
    public static Operation Of(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit or WorkflowAction.StartAmendment => Operation.Submit,
        WorkflowAction.Return => Operation.Review,
        WorkflowAction.Approve => Operation.Approve,
        WorkflowAction.Publish or WorkflowAction.Unpublish => Operation.Publish,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
