using System.Security.Claims;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Users;

/// <summary>The signed-in user's permissions and, for a unit editor, its units in code order (needed to decide on
/// documents, imports and workflow actions, which go by department and unit code).</summary>
public sealed record UserAccess(Access Access, IReadOnlyList<Unit> OwnUnits)
{
    /// <summary>Reads the units of <paramref name="user"/>; hosts ask <see cref="CurrentUser"/>, which does it once per request.</summary>
    public static async Task<UserAccess> LoadAsync(JixiaoDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var access = new Access(user);
        var ids = access.OwnUnitIds.ToList();
        var units = ids.Count == 0 ? [] : await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Code).ToListAsync(ct).ConfigureAwait(false);
        return new UserAccess(access, units);
    }

    /// <summary>An administrator acting as the system (demo data, the command line): no units, every right.</summary>
    public static UserAccess System(string userName) =>
        new(new Access(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, Roles.Admin)], "system"))), []);

    /// <summary>For queries: the units a unit editor is limited to; null for reviewers and administrators (no limit).
    /// A unit editor without units gets an empty list, so it sees nothing.</summary>
    public IReadOnlyList<int>? OnlyUnitIds => Access.IsUnitEditor ? [.. OwnUnits.Select(u => u.Id)] : null;

    /// <summary>The region of a unit editor's units (all are of one region); null when it has none.</summary>
    public string? OwnRegionCode => OwnUnits.Count > 0 ? OwnUnits[0].RegionCode : null;

    /// <summary>Whether unit <paramref name="unitCode"/> of <paramref name="regionCode"/> is one of a unit editor's units.</summary>
    public bool OwnsUnit(string regionCode, string unitCode) => OwnUnits.Any(u => u.RegionCode == regionCode && u.Code == unitCode);

    /// <summary>The user as the author of a change made from <paramref name="ipAddress"/>.</summary>
    public AuditActor ActorFrom(string ipAddress) => new(Access.UserName, Access.RoleName, ipAddress);

    /// <summary>The access policy's answer for this user (<see cref="AccessPolicy"/>).</summary>
    public bool Can(Operation operation, Resource resource) => AccessPolicy.Allows(Access, OwnUnits, operation, resource);
}
