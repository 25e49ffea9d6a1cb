using Jixiao.Domain.Workflow.Audit;

namespace Jixiao.Application.Users;

/// <summary>Who changes a record (user, role, IP address); the time is added by whoever saves, so the audit entry
/// and the record's own "recorded at" are the same instant.</summary>
public sealed record AuditActor(string User, string Role, string IpAddress)
{
    public AuditSource At(DateTimeOffset at) => new(User, Role, IpAddress, at);
}
