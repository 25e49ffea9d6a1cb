using System.Globalization;
using System.Security.Claims;

namespace Jixiao.Application.Users;

/// <summary>
/// Who the signed-in user is, from its claims alone: roles, region, the units a unit editor is assigned (one claim per
/// unit; a department's clerk has the 本级 and subordinate units, possibly of two departments). What it may do is
/// decided by <see cref="AccessPolicy"/>.
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

    /// <summary>Whether the 导入 menu entries are shown (decided by <see cref="AccessPolicy"/>, which the import
    /// routes enforce).</summary>
    public bool CanImport => AccessPolicy.Allows(this, [], Operation.Edit, Resource.AnyRegion);

    /// <summary>The unit ids of the <see cref="JixiaoClaims.UnitId"/> claims (one per unit).</summary>
    public static IReadOnlySet<int> UnitIdsOf(ClaimsPrincipal principal) =>
        principal.FindAll(JixiaoClaims.UnitId)
            .Select(c => int.TryParse(c.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).ToHashSet();
}
