using System.Security.Claims;
using Jixiao.Application.Users;

namespace Jixiao.Web.Auth;

/// <summary>The signed-in user of the current request (anonymous outside one).</summary>
public sealed class HttpCurrentPrincipal(IHttpContextAccessor http) : ICurrentPrincipal
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? Anonymous;
}
