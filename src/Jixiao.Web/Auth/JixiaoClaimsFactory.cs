using System.Globalization;
using System.Security.Claims;
using Jixiao.Application.Users;
using Jixiao.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Auth;

/// <summary>Puts the user's units (one claim each), region and display name into the cookie.</summary>
public sealed class JixiaoClaimsFactory(UserManager<JixiaoUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, JixiaoDbContext db)
    : UserClaimsPrincipalFactory<JixiaoUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(JixiaoUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(JixiaoClaims.DisplayName, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? string.Empty));
        foreach (var unit in await AssignedUnitIdsAsync(db, user.Id).ConfigureAwait(false))
        {
            identity.AddClaim(new Claim(JixiaoClaims.UnitId, unit.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.RegionCode is { Length: > 0 } region)
        {
            identity.AddClaim(new Claim(JixiaoClaims.RegionCode, region));
        }

        return identity;
    }

    /// <summary>The units assigned to user <paramref name="userId"/>, in id order.</summary>
    public static Task<List<int>> AssignedUnitIdsAsync(JixiaoDbContext db, string userId) =>
        db.UserUnits.AsNoTracking().Where(u => u.UserId == userId).OrderBy(u => u.UnitId).Select(u => u.UnitId).ToListAsync();
}
