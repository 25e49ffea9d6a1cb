using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Workflow;
using Jixiao.Domain.Workflow.Audit;

namespace Jixiao.Workflow.Tests;

/// <summary>
/// A scripted session written to the audit log the way the web layer will: login, import, an edit of one target,
/// submit, return with a comment, the fix, resubmit, approve, publish.
/// </summary>
internal sealed class AuditSession
{
    public const string ClerkIp = "10.12.0.31";
    public const string ReviewerIp = "10.12.8.5";
    public const string DocumentId = "139102-317-2023";

    private readonly ManualClock _clock = ManualClock.StartingAt(1, 0);
    private readonly List<AuditLogEntry> _log = [];

    public IReadOnlyList<AuditLogEntry> Log => _log;

    public static AuditSession Run()
    {
        var session = new AuditSession();
        session.Play();
        return session;
    }

    private void Play()
    {
        var machine = new WorkflowMachine(_clock);
        var text = DepartmentText.Read();
        var doc = People.Document(DocumentState.Draft);

        Write(AuditDiff.ForLogin(People.Clerk.UserName, ClerkIp, _clock.Advance(TimeSpan.FromMinutes(1)), succeeded: true));
        Write(AuditDiff.Draft(Source(People.Clerk, ClerkIp), "导入", AuditDiff.DocumentEntity, DocumentId, "来源文件", "", "county-culture-2023.txt"));

        var project = text.Projects[0];
        var edited = WithTarget(project, 8, "≥95%");
        Write([.. AuditDiff.ForProject(project, edited, Source(People.Clerk, ClerkIp))]);

        doc = Transit(machine, doc, People.Clerk, new(WorkflowAction.Submit), ClerkIp);
        Write(AuditDiff.ForLogin("李申", ReviewerIp, _clock.Advance(TimeSpan.FromSeconds(20)), succeeded: false));
        Write(AuditDiff.ForLogin(People.Reviewer.UserName, ReviewerIp, _clock.Advance(TimeSpan.FromSeconds(40)), succeeded: true));
        doc = Transit(machine, doc, People.Reviewer, new(WorkflowAction.Return) { Comment = "第9行满意度请说明调查方式", Grade = Grade.Fair }, ReviewerIp);

        var fixedProject = edited with
        {
            Indicators = [.. edited.Indicators.Select((i, n) => n == 8 ? i with { Description = "年终问卷调查满意率" } : i)],
        };
        Write([.. AuditDiff.ForProject(edited, fixedProject, Source(People.Clerk, ClerkIp))]);
        doc = Transit(machine, doc, People.Clerk, new(WorkflowAction.Submit) { Comment = "已补充调查方式" }, ClerkIp);
        doc = Transit(machine, doc, People.Reviewer, new(WorkflowAction.Approve) { Grade = Grade.Good }, ReviewerIp);
        Transit(machine, doc, People.Reviewer, new(WorkflowAction.Publish), ReviewerIp);
    }

    public static BudgetProject WithTarget(BudgetProject project, int index, string target) => project with
    {
        Indicators = [.. project.Indicators.Select((i, n) => n == index ? i with { Target = TargetValue.Parse(target) } : i)],
    };

    private AuditSource Source(WorkflowActor actor, string ip) => AuditSource.Of(actor, ip, _clock.Advance(TimeSpan.FromMinutes(1)));

    private WorkflowDocument Transit(WorkflowMachine machine, WorkflowDocument doc, WorkflowActor actor, TransitionRequest request, string ip)
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        var result = machine.Transition(doc, actor, request);
        Assert.True(result.IsAllowed, result.Refusal?.ToString());
        Write(AuditDiff.ForTransition(result.Event!, DocumentId, ip));
        return doc with { State = result.State };
    }

    private void Write(params AuditLogEntry[] drafts) => _log.AddRange(AuditChain.AppendAll(_log.LastOrDefault(), drafts));
}
