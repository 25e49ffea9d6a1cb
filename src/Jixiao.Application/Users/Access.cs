using System.Globalization;
using System.Security.Claims;
using Jixiao.Data.Entities;

namespace Jixiao.Application.Users;

/// <summary>
/// Who may read and edit what, the same for pages and the API. A unit editor reads and edits the projects of the
/// units assigned to it (one claim per unit; a department's clerk has the 本级 and subordinate units, possibly of two
/// departments) and the Part 1 of every department it has a unit in; a reviewer reads everything in its region (or
/// everywhere when it has no region) and edits nothing; an administrator does everything.
/// </summary>
public sealed class Access(ClaimsPrincipal user)
{
    private IReadOnlySet<int>? _ownUnitIds;

    public bool IsAdmin => user.IsInRole(Roles.Admin);

    public bool IsReviewer => user.IsInRole(Roles.Reviewer);

    public bool IsUnitEditor => !IsAdmin && !IsReviewer && user.IsInRole(Roles.UnitEditor);

    /// <summary>The units a unit editor may see and edit; empty for reviewers and administrators (and for a unit
    /// editor without units, who then sees nothing).</summary>
    public IReadOnlySet<int> OwnUnitIds => _ownUnitIds ??= IsUnitEditor ? UnitIdsOf(user) : new HashSet<int>();

    /// <summary>The region a reviewer or unit editor is limited to; null when unrestricted.</summary>
    public string? RegionCode => IsAdmin ? null : user.FindFirstValue(JixiaoClaims.RegionCode);

    public string UserName => user.Identity?.Name ?? string.Empty;

    /// <summary>The role recorded in the audit trail (单位填报, 审核, 管理员); empty for a user without one.</summary>
    public string RoleName => IsAdmin ? Roles.Admin : IsReviewer ? Roles.Reviewer : IsUnitEditor ? Roles.UnitEditor : string.Empty;

    public string DisplayName => user.FindFirstValue(JixiaoClaims.DisplayName) ?? UserName;

    /// <summary>A unit editor without a unit sees nothing rather than everything.</summary>
    public bool SeesNothing => IsUnitEditor ? OwnUnitIds.Count == 0 : !IsAdmin && !IsReviewer;

    public bool CanImport => IsAdmin || (IsUnitEditor && OwnUnitIds.Count > 0);

    public bool CanReadRegion(string regionCode) => !SeesNothing && (RegionCode is null || RegionCode == regionCode);

    public bool CanReadUnit(Unit unit) => CanReadUnit(unit.Id, unit.RegionCode);

    /// <summary>As <see cref="CanReadUnit(Unit)"/> for a page that read the unit's id and region with its project.</summary>
    public bool CanReadUnit(int unitId, string regionCode) => CanReadRegion(regionCode) && (!IsUnitEditor || OwnUnitIds.Contains(unitId));

    public bool CanEditUnit(Unit unit) => CanEditUnit(unit.Id);

    public bool CanEditUnit(int unitId) => IsAdmin || (IsUnitEditor && OwnUnitIds.Contains(unitId));

    /// <summary>A department document (Part 1): a unit editor reads and edits those of the departments its units
    /// belong to (<paramref name="ownUnits"/>, the entities of <see cref="OwnUnitIds"/>).</summary>
    public bool CanReadDocument(DepartmentDocument document, IReadOnlyList<Unit> ownUnits) =>
        CanReadRegion(document.RegionCode) && (!IsUnitEditor || IsOwnDepartment(document, ownUnits));

    public bool CanEditDocument(DepartmentDocument document, IReadOnlyList<Unit> ownUnits) =>
        IsAdmin || (IsUnitEditor && IsOwnDepartment(document, ownUnits));

    /// <summary>The unit ids of the <see cref="JixiaoClaims.UnitId"/> claims (one per unit).</summary>
    public static IReadOnlySet<int> UnitIdsOf(ClaimsPrincipal principal) =>
        principal.FindAll(JixiaoClaims.UnitId)
            .Select(c => int.TryParse(c.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).ToHashSet();

    private bool IsOwnDepartment(DepartmentDocument document, IReadOnlyList<Unit> ownUnits) =>
        ownUnits.Any(u => OwnUnitIds.Contains(u.Id) && u.RegionCode == document.RegionCode && u.DepartmentCode == document.DepartmentCode);
}
