using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Api;

namespace Jixiao.Web.Workflow;

/// <summary>The signed-in user as the workflow's <see cref="WorkflowActor"/>, and the stored document as its
/// <see cref="WorkflowDocument"/>.</summary>
public static class WorkflowActors
{
    /// <summary>A reviewer without a region reads every region (<see cref="Auth.Access"/>), so it reviews the
    /// document's region.</summary>
    public static WorkflowActor? From(UserAccess user, DepartmentDocument document)
    {
        var access = user.Access;
        if (access.IsAdmin)
        {
            return WorkflowActor.Administrator(access.UserName);
        }

        if (access.IsReviewer)
        {
            return WorkflowActor.Reviewer(access.UserName, access.RegionCode is { Length: > 0 } region ? region : document.RegionCode);
        }

        if (access.IsUnitEditor)
        {
            return user.OwnUnit is { } unit
                ? WorkflowActor.UnitEditor(access.UserName, unit.RegionCode, unit.Code)
                : WorkflowActor.UnitEditor(access.UserName, access.RegionCode ?? string.Empty);
        }

        return null;
    }

    public static WorkflowDocument Document(DepartmentDocument document) =>
        new(document.RegionCode, document.DepartmentCode, document.FiscalYear, Data.Mapping.WorkflowMapping.StateOf(document));
}
