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
/// The cookie check of every request, for every role: the account's security stamp is read (one query by primary key)
/// and compared with the cookie's. Whatever changes it — a lock, a role, region or name change, a password change or
/// reset, 退出 — ends every session of the account at its next request, not at Identity's periodic check (30 minutes
/// by default, which is why it is not used). For a unit editor the same query reads its units: when an administrator
/// changed them, the cookie's unit claims are rebuilt and re-issued on this very request, so a removed unit is closed
/// and an added one open at once, without signing in again.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(options.UserIdClaimType) ?? string.Empty;
        var clerk = new Access(principal).IsUnitEditor;
        var db = services.GetRequiredService<JixiaoDbContext>();
        var account = db.Users.AsNoTracking().Where(u => u.Id == userId);
        var ct = context.HttpContext.RequestAborted;
        var current = clerk
            ? await account.Select(u => new { u.SecurityStamp, Units = (List<int>?)u.Units.Select(x => x.UnitId).ToList() }).SingleOrDefaultAsync(ct).ConfigureAwait(false)
            : await account.Select(u => new { u.SecurityStamp, Units = (List<int>?)null }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (current?.SecurityStamp is not { } stamp || stamp != principal.FindFirstValue(options.SecurityStampClaimType))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
            return;
        }

        if (current.Units is { } units && !Access.UnitIdsOf(principal).SetEquals(units))
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
}
