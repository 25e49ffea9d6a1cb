using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Domain.Workflow.Audit;

namespace Jixiao.Web.Http;

/// <summary>The audit identity of a web request: user, role and IP address.</summary>
public static class AuditRequests
{
    public static ImportRequest For(UserAccess user, string sourceFile, HttpContext http, string? action = null) =>
        ImportRequest.By(user.ActorFrom(IpOf(http)), sourceFile, action);

    /// <summary>The signed-in user of <paramref name="http"/> as the author of a change.</summary>
    public static AuditActor ActorOf(HttpContext http)
    {
        var access = new Access(http.User);
        return new AuditActor(access.UserName, access.RoleName, IpOf(http));
    }

    public static AuditSource SourceOf(HttpContext http, TimeProvider clock) => ActorOf(http).At(clock.GetUtcNow());

    public static string IpOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
}
