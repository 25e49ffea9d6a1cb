namespace Jixiao.Web.Workflow;

/// <summary>What a workflow request did: HTTP status (200, 403, 404, 409, 422) and the Chinese message.</summary>
public sealed record WorkflowOutcome(int Status, string Message)
{
    public bool Succeeded => Status == StatusCodes.Status200OK;

    public static WorkflowOutcome Ok(string message) => new(StatusCodes.Status200OK, message);

    public static WorkflowOutcome NotFound { get; } = new(StatusCodes.Status404NotFound, "文件不存在。");

    public static WorkflowOutcome Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);
}
