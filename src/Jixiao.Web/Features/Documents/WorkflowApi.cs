using Jixiao.Application;
using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Domain;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Documents;

/// <summary>
/// The review workflow over HTTP (docs/workflow.md): a document's state and allowed actions, transitions, reviewer
/// comments and replies, carry-over. Refusals are ProblemDetails: 403 for role, scope or state, 422 for a missing
/// comment or grade, a grade 中/差, blocking findings or open comments. Bodies are JSON (a foreign site cannot post
/// JSON with the user's cookie without a preflight), so no anti-forgery token is needed.
/// </summary>
public static class WorkflowApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/{id:int}/workflow", GetAsync).WithSummary("文件的流程状态、当前用户可做的操作、审核意见");
        group.MapPost("/{id:int}/workflow", TransitionAsync).WithSummary("流程操作：提交、退回、批复、公开、撤销公开、发起调整").DisableAntiforgery();
        group.MapPost("/{id:int}/comments", AddCommentAsync).WithSummary("审核意见：针对全文、项目或单元格").DisableAntiforgery();
        group.MapPost("/{id:int}/comments/{commentId:int}/replies", ReplyAsync).WithSummary("回复审核意见").DisableAntiforgery();
        group.MapPost("/{id:int}/comments/{commentId:int}/resolve", ResolveAsync).WithSummary("审核人员确认意见已解决").DisableAntiforgery();
        group.MapPost("/{id:int}/carry-over", CarryOverAsync).WithSummary("延续项目：生成下一年度草稿").DisableAntiforgery();
    }

    public static async Task<Results<Ok<WorkflowStatusView>, NotFound>> GetAsync(CurrentUser currentUser, JixiaoDbContext db, WorkflowService workflow, HttpContext http, int id, CancellationToken ct)
    {
        var view = await workflow.LoadAsync(id, await currentUser.GetAsync(ct), ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(WorkflowStatusView.From(view));
    }

    public static async Task<IResult> TransitionAsync(CurrentUser currentUser, JixiaoDbContext db, WorkflowService workflow, HttpContext http, int id, TransitionInput input, CancellationToken ct)
    {
        if (WorkflowInput.Action(input.Action) is not { } action)
        {
            return Problem(new WorkflowOutcome(OutcomeKind.Invalid,
                $"未知的操作“{input.Action}”。可用：{string.Join("、", Enum.GetValues<WorkflowAction>().Select(a => a.ToChinese()))}。"));
        }

        Grade? grade = null;
        if (!string.IsNullOrWhiteSpace(input.Grade) && (grade = WorkflowInput.Grade(input.Grade)) is null)
        {
            return Problem(new WorkflowOutcome(OutcomeKind.Invalid, $"未知的等级“{input.Grade}”。可用：优、良、中、差。"));
        }

        var user = await currentUser.GetAsync(ct);
        return Result(await workflow.TransitionAsync(id, user, action, input.Comment, grade, AuditRequests.IpOf(http), ct));
    }

    public static async Task<IResult> AddCommentAsync(CurrentUser currentUser, JixiaoDbContext db, WorkflowService workflow, HttpContext http, int id, CommentInput input, CancellationToken ct)
    {
        if (!CommentMapping.TryTargetOf(input.ProjectCode, input.IndicatorRow, input.Field, out var target, out var problem))
        {
            return Problem(new WorkflowOutcome(OutcomeKind.Invalid, problem));
        }

        var user = await currentUser.GetAsync(ct);
        return Result(await workflow.AddCommentAsync(id, user, target, input.Text ?? string.Empty, AuditRequests.IpOf(http), ct));
    }

    public static async Task<IResult> ReplyAsync(CurrentUser currentUser, JixiaoDbContext db, WorkflowService workflow, HttpContext http, int id, int commentId, CommentInput input, CancellationToken ct) =>
        Result(await workflow.ReplyAsync(id, await currentUser.GetAsync(ct), commentId, input.Text ?? string.Empty, AuditRequests.IpOf(http), ct));

    public static async Task<IResult> ResolveAsync(CurrentUser currentUser, JixiaoDbContext db, WorkflowService workflow, HttpContext http, int id, int commentId, CancellationToken ct) =>
        Result(await workflow.ResolveAsync(id, await currentUser.GetAsync(ct), commentId, resolved: true, AuditRequests.IpOf(http), ct));

    public static async Task<IResult> CarryOverAsync(CurrentUser currentUser, JixiaoDbContext db, WorkflowService workflow, HttpContext http, int id, CancellationToken ct)
    {
        var (outcome, documentId) = await workflow.CarryOverAsync(id, await currentUser.GetAsync(ct), AuditRequests.IpOf(http), ct);
        return outcome.Succeeded ? TypedResults.Ok(new { documentId, message = outcome.Message }) : Problem(outcome);
    }

    private static IResult Result(WorkflowOutcome outcome) =>
        outcome.Succeeded ? TypedResults.Ok(new { message = outcome.Message }) : Problem(outcome);

    private static ProblemHttpResult Problem(WorkflowOutcome outcome) => TypedResults.Problem(
        detail: outcome.Message,
        statusCode: outcome.Kind.HttpStatus(),
        title: outcome.Kind.HttpStatus() switch
        {
            StatusCodes.Status403Forbidden => "不允许的操作",
            StatusCodes.Status404NotFound => "不存在",
            StatusCodes.Status409Conflict => "冲突",
            StatusCodes.Status400BadRequest => "请求无效",
            _ => "操作未执行",
        });
}
