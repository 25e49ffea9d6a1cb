using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;

namespace Jixiao.Web.Api;

/// <summary>The signed-in user's permissions and, for a unit editor, its unit (needed to decide on documents).</summary>
public sealed record UserAccess(Access Access, Unit? OwnUnit)
{
    public static async Task<UserAccess> LoadAsync(JixiaoDbContext db, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct = default)
    {
        var access = new Access(user);
        var unit = access.OwnUnitId is { } id ? await db.Units.FindAsync([id], ct).ConfigureAwait(false) : null;
        return new UserAccess(access, unit);
    }

    public bool CanReadDocument(DepartmentDocument document) => Access.CanReadDocument(document, OwnUnit);

    public bool CanEditDocument(DepartmentDocument document) => Access.CanEditDocument(document, OwnUnit);
}
