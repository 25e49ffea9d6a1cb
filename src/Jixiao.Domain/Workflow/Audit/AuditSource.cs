namespace Jixiao.Domain.Workflow.Audit;

/// <summary>Who made a change, in which role, from which address and when — the part of an audit entry the web
/// layer knows from the request.</summary>
public sealed record AuditSource(string User, string Role, string IpAddress, DateTimeOffset At)
{
    public static AuditSource Of(WorkflowActor actor, string ipAddress, DateTimeOffset at) =>
        new(actor.UserName, actor.Role.ToChinese(), ipAddress, at);
}
