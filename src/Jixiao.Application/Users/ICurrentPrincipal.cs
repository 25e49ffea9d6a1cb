using System.Security.Claims;

namespace Jixiao.Application.Users;

/// <summary>Who is acting, as the host knows it: the web app's signed-in user, the command line's operator.</summary>
public interface ICurrentPrincipal
{
    ClaimsPrincipal Principal { get; }
}
