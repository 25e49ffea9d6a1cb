using Jixiao.Data.Import;
using Jixiao.Web.Api;
using Jixiao.Web.Auth;

namespace Jixiao.Web.Editing;

/// <summary>The audit identity of a web request: user, role and IP address.</summary>
public static class AuditRequests
{
    public static ImportRequest For(UserAccess user, string sourceFile, HttpContext http, string? action = null) =>
        For(user, sourceFile, IpOf(http), action);

    public static ImportRequest For(UserAccess user, string sourceFile, string ipAddress, string? action = null)
    {
        var request = new ImportRequest(user.Access.UserName, sourceFile) { Role = RoleOf(user.Access), IpAddress = ipAddress };
        return action is null ? request : request with { Action = action };
    }

    public static string IpOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? string.Empty;

    public static string RoleOf(Access access) =>
        access.IsAdmin ? Roles.Admin : access.IsReviewer ? Roles.Reviewer : access.IsUnitEditor ? Roles.UnitEditor : string.Empty;
}
