using System.Globalization;
using System.Security.Claims;
using Jixiao.Data.Entities;

namespace Jixiao.Web.Auth;

/// <summary>
/// Who may read and edit what, the same for pages and the API. A unit editor reads and edits its own unit's
/// projects and its department's Part 1; a reviewer reads everything in its region (or everywhere when it has no
/// region) and edits nothing; an administrator does everything.
/// </summary>
public sealed class Access(ClaimsPrincipal user)
{
    public bool IsAdmin => user.IsInRole(Roles.Admin);

    public bool IsReviewer => user.IsInRole(Roles.Reviewer);

    public bool IsUnitEditor => !IsAdmin && !IsReviewer && user.IsInRole(Roles.UnitEditor);

    /// <summary>The one unit a unit editor may see; null for reviewers and administrators.</summary>
    public int? OwnUnitId => IsUnitEditor && int.TryParse(user.FindFirstValue(JixiaoClaims.UnitId), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The region a reviewer or unit editor is limited to; null when unrestricted.</summary>
    public string? RegionCode => IsAdmin ? null : user.FindFirstValue(JixiaoClaims.RegionCode);

    public string UserName => user.Identity?.Name ?? string.Empty;

    public string DisplayName => user.FindFirstValue(JixiaoClaims.DisplayName) ?? UserName;

    /// <summary>A unit editor without a unit sees nothing rather than everything.</summary>
    public bool SeesNothing => IsUnitEditor ? OwnUnitId is null : !IsAdmin && !IsReviewer;

    public bool CanImport => IsAdmin || (IsUnitEditor && OwnUnitId is not null);

    public bool CanReadRegion(string regionCode) => !SeesNothing && (RegionCode is null || RegionCode == regionCode);

    public bool CanReadUnit(Unit unit) => CanReadUnit(unit.Id, unit.RegionCode);

    /// <summary>As <see cref="CanReadUnit(Unit)"/> for a page that read the unit's id and region with its project.</summary>
    public bool CanReadUnit(int unitId, string regionCode) => CanReadRegion(regionCode) && (!IsUnitEditor || unitId == OwnUnitId);

    public bool CanEditUnit(Unit unit) => CanEditUnit(unit.Id);

    public bool CanEditUnit(int unitId) => IsAdmin || (IsUnitEditor && unitId == OwnUnitId);

    /// <summary>A department document (Part 1): a unit editor reads and edits the one its unit belongs to.</summary>
    public bool CanReadDocument(DepartmentDocument document, Unit? ownUnit) =>
        CanReadRegion(document.RegionCode) && (!IsUnitEditor || IsOwnDepartment(document, ownUnit));

    public bool CanEditDocument(DepartmentDocument document, Unit? ownUnit) =>
        IsAdmin || (IsUnitEditor && IsOwnDepartment(document, ownUnit));

    private static bool IsOwnDepartment(DepartmentDocument document, Unit? ownUnit) =>
        ownUnit is not null && ownUnit.RegionCode == document.RegionCode && ownUnit.DepartmentCode == document.DepartmentCode;
}
