using Jixiao.Application.Users;
using Microsoft.AspNetCore.Authorization;

namespace Jixiao.Web.Auth;

/// <summary>A page's or endpoint's question about the unit or document it read, asked of ASP.NET Core authorization
/// (and so of <see cref="AccessPolicyHandler"/>).</summary>
public static class AccessChecks
{
    public static async Task<bool> AllowsAsync(this HttpContext http, Operation operation, Resource resource)
    {
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, resource, new OperationRequirement(operation)).ConfigureAwait(false)).Succeeded;
    }
}
