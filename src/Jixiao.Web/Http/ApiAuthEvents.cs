using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jixiao.Web.Http;

/// <summary>The API answers 401/403 (as ProblemDetails) where pages redirect to the login page.</summary>
public static class ApiAuthEvents
{
    public static Func<RedirectContext<CookieAuthenticationOptions>, Task> StatusForApi(int status) => context =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    };
}
