using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Auth;

namespace Jixiao.Web.Editing;

/// <summary>Who changes a record from a web request (user, role, IP address); the time is added by whoever saves,
/// so the audit entry and the record's own "recorded at" are the same instant.</summary>
public sealed record AuditActor(string User, string Role, string IpAddress)
{
    public static AuditActor Of(HttpContext http)
    {
        var access = new Access(http.User);
        return new AuditActor(access.UserName, AuditRequests.RoleOf(access), AuditRequests.IpOf(http));
    }

    public AuditSource At(DateTimeOffset at) => new(User, Role, IpAddress, at);
}
