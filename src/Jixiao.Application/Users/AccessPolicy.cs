using Jixiao.Data.Entities;

namespace Jixiao.Application.Users;

/// <summary>
/// The one access policy: may this user do <see cref="Operation"/> with this <see cref="Resource"/>? Web pages and API
/// endpoints ask through ASP.NET Core authorization (the web's handler calls here), use cases and the command line
/// through <see cref="UserAccess.Can"/>; nothing else decides.
/// <list type="bullet">
/// <item>管理员: reads, edits, publishes and administers everything; submits, reviews and approves nothing
/// (separation of duties, as the workflow's transition table).</item>
/// <item>审核: reads every unit and document of its region (every region without one); reviews, approves and
/// publishes its region's documents; curates its region's indicator library; changes no content, no account, no
/// setting.</item>
/// <item>单位填报: reads and edits its units (their projects) and the Part 1 of the departments its units are in,
/// submits those documents, imports into its region (the import itself keeps to its units); nothing else.</item>
/// <item>No role (or a clerk without a unit): nothing.</item>
/// </list>
/// </summary>
public static class AccessPolicy
{
    /// <param name="ownUnits">A unit editor's units as entities (needed for documents, which go by department);
    /// decisions on units and regions need only the claims of <paramref name="access"/>.</param>
    public static bool Allows(Access access, IReadOnlyList<Unit> ownUnits, Operation operation, Resource resource)
    {
        if (access.IsAdmin)
        {
            // Separation of duties (as the workflow's transition table): the unit submits, the reviewer decides;
            // the administrator manages, corrects and publishes but never submits or decides on content.
            return operation is not (Operation.Submit or Operation.Review or Operation.Approve);
        }

        if (access.SeesNothing)
        {
            return false;
        }

        // The national base of the indicator library is everyone's to read (suggestions in every region's edit form).
        if (resource is { Kind: ResourceKind.Library, RegionCode: "" } && operation == Operation.Read)
        {
            return true;
        }

        if (!InRegion(access, resource.RegionCode))
        {
            return false;
        }

        if (access.IsReviewer)
        {
            return resource.Kind switch
            {
                ResourceKind.Region or ResourceKind.Unit => operation == Operation.Read,
                ResourceKind.Document => operation is Operation.Read or Operation.Review or Operation.Approve or Operation.Publish,
                // The national base ("") is the administrator's: a region's reviewer curates its own region's library.
                ResourceKind.Library => operation == Operation.Read || (operation == Operation.Edit && resource.RegionCode is { Length: > 0 }),
                _ => false,
            };
        }

        // A unit editor: its units, its departments' documents, imports into its region.
        return resource.Kind switch
        {
            ResourceKind.Region => operation is Operation.Read or Operation.Edit
                && (resource.RegionCode is null || ownUnits.Count == 0 || ownUnits.Any(u => u.RegionCode == resource.RegionCode)),
            ResourceKind.Unit => operation is Operation.Read or Operation.Edit && resource.UnitId is { } id && access.OwnUnitIds.Contains(id),
            ResourceKind.Document => operation is Operation.Read or Operation.Edit or Operation.Submit && IsOwnDepartment(access, ownUnits, resource),
            ResourceKind.Library => operation == Operation.Read,
            _ => false,
        };
    }

    /// <summary>No region on the resource (any region) or the user's own region, or a user of every region.</summary>
    private static bool InRegion(Access access, string? regionCode) =>
        regionCode is null || access.RegionCode is null || access.RegionCode == regionCode;

    private static bool IsOwnDepartment(Access access, IReadOnlyList<Unit> ownUnits, Resource document) =>
        ownUnits.Any(u => access.OwnUnitIds.Contains(u.Id) && u.RegionCode == document.RegionCode && u.DepartmentCode == document.DepartmentCode);
}
