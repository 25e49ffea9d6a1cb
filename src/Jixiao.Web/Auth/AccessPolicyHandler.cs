using Jixiao.Application.Users;
using Microsoft.AspNetCore.Authorization;

namespace Jixiao.Web.Auth;

/// <summary>
/// The web's one authorization handler: every <see cref="OperationRequirement"/> — of a route's policy or of a page's
/// check on the unit or document it read — is answered by <see cref="AccessPolicy"/> for the request's
/// <see cref="CurrentUser"/> (its units read once per request).
/// </summary>
public sealed class AccessPolicyHandler(CurrentUser currentUser) : AuthorizationHandler<OperationRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationRequirement requirement)
    {
        // A route's policy gets the HttpContext or endpoint as its resource; the requirement then names its own.
        var resource = context.Resource as Resource ?? requirement.Resource;
        if (resource is null || context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var user = await currentUser.GetAsync().ConfigureAwait(false);
        if (user.Can(requirement.Operation, resource))
        {
            context.Succeed(requirement);
        }
    }
}
