using System.Security.Claims;
using Jixiao.Application.Users;
using Jixiao.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Auth;

/// <summary>
/// The cookie check of every request (before Identity's periodic security-stamp check). For a unit editor it reads
/// the account's security stamp and assigned units (one small indexed query): when an administrator changed the
/// units, the cookie's unit claims are rebuilt and the cookie re-issued on this very request, so a removed unit is
/// closed and an added one open at once, without signing in again; when the stamp changed (role, region or name
/// changed, password reset, lock) the session ends at once instead of at the next periodic check. Reviewers and
/// administrators cost nothing here (their rights do not depend on units).
/// </summary>
public static class UnitClaimsRefresh
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && new Access(principal).IsUnitEditor)
        {
            var services = context.HttpContext.RequestServices;
            var options = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
            var userId = principal.FindFirstValue(options.UserIdClaimType) ?? string.Empty;
            var db = services.GetRequiredService<JixiaoDbContext>();
            var current = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.SecurityStamp, Units = u.Units.Select(x => x.UnitId).ToList() }).SingleOrDefaultAsync().ConfigureAwait(false);
            if (current is null || current.SecurityStamp != principal.FindFirstValue(options.SecurityStampClaimType))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
                return;
            }

            if (!Access.UnitIdsOf(principal).SetEquals(current.Units))
            {
                var signIn = services.GetRequiredService<SignInManager<JixiaoUser>>();
                var user = await signIn.UserManager.FindByIdAsync(userId).ConfigureAwait(false);
                if (user is not null)
                {
                    context.ReplacePrincipal(await signIn.CreateUserPrincipalAsync(user).ConfigureAwait(false));
                    context.ShouldRenew = true;
                }
            }
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context).ConfigureAwait(false);
    }
}
