using System.Security.Claims;
using Jixiao.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Auth;

/// <summary>
/// An account whose password someone else chose — created or reset by an administrator, or the first administrator
/// with a generated password — must choose its own at its first sign-in: it carries the <see cref="ClaimType"/> claim
/// until it does, and until then every page leads to 修改密码 and the API answers 403. The claim lives with the
/// account's other claims (no column of its own); 修改密码 removes it.
/// </summary>
public static class PasswordChangeGate
{
    public const string ClaimType = "jixiao:must_change_password";

    public const string PasswordPage = "/Users/Password";

    public static Task<IdentityResult> RequireAsync(UserManager<JixiaoUser> users, JixiaoUser user) =>
        users.AddClaimAsync(user, new Claim(ClaimType, "1"));

    public static async Task ClearAsync(UserManager<JixiaoUser> users, JixiaoUser user)
    {
        var claims = (await users.GetClaimsAsync(user).ConfigureAwait(false)).Where(c => c.Type == ClaimType).ToList();
        if (claims.Count > 0)
        {
            await users.RemoveClaimsAsync(user, claims).ConfigureAwait(false);
        }
    }

    public static bool MustChange(ClaimsPrincipal user) => user.HasClaim(c => c.Type == ClaimType);

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (!MustChange(context.User) || path.StartsWithSegments(PasswordPage) || path.StartsWithSegments("/Account")
            || path.StartsWithSegments("/Status") || path.StartsWithSegments("/Error"))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden, Title = "请先修改密码",
                    Detail = "此账号的密码由管理员或系统设定，请先在网页“修改密码”中设定自己的密码，再使用接口。",
                },
            }).ConfigureAwait(false);
            return;
        }

        context.Response.Redirect(PasswordPage + "?first=1");
    });
}
