using Jixiao.Domain.Workflow;

namespace Jixiao.Workflow.Tests;

/// <summary>The cast of the tests: a clerk of the county culture bureau (unit 317001 in region 139102, the department of
/// the repository's department text), the
/// county finance bureau reviewer, a city reviewer, outsiders and an administrator.</summary>
internal static class People
{
    public const string Region = "139102";

    public static WorkflowDocument Document(DocumentState state) => new(Region, "317", 2023, state);

    public static WorkflowActor Clerk { get; } = WorkflowActor.UnitEditor("张敏", Region, "317001");

    public static WorkflowActor OtherUnitClerk { get; } = WorkflowActor.UnitEditor("王强", Region, "301001");

    public static WorkflowActor Reviewer { get; } = WorkflowActor.Reviewer("李审", Region);

    public static WorkflowActor CityReviewer { get; } = WorkflowActor.Reviewer("赵市", "139100");

    public static WorkflowActor OtherCountyReviewer { get; } = WorkflowActor.Reviewer("钱县", "139103");

    public static WorkflowActor Admin { get; } = WorkflowActor.Administrator("系统管理员");

    public static WorkflowActor InRole(WorkflowRole role) => role switch
    {
        WorkflowRole.UnitEditor => Clerk,
        WorkflowRole.Reviewer => Reviewer,
        _ => Admin,
    };
}
