using Jixiao.Application.Users;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;

namespace Jixiao.Application.Workflow;

/// <summary>The signed-in user as the workflow's <see cref="WorkflowActor"/>, and the stored document as its
/// <see cref="WorkflowDocument"/>.</summary>
public static class WorkflowActors
{
    /// <summary>A reviewer without a region reads every region (<see cref="Users.Access"/>), so it reviews the
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
            // All of a unit editor's units are of its region (用户管理 enforces it); it acts for the departments of
            // every one of them.
            return WorkflowActor.UnitEditor(access.UserName, user.OwnRegionCode ?? access.RegionCode ?? string.Empty,
                [.. user.OwnUnits.Select(u => u.Code)]);
        }

        return null;
    }

    public static WorkflowDocument Document(DepartmentDocument document) =>
        new(document.RegionCode, document.DepartmentCode, document.FiscalYear, Data.Mapping.WorkflowMapping.StateOf(document));
}
