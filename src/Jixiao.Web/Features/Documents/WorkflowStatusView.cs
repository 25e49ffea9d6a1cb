using Jixiao.Application.Workflow;
using Jixiao.Domain;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Features.Documents;

/// <summary>A document's workflow as the API returns it.</summary>
public sealed record WorkflowStatusView(int DocumentId, string State, string StateName, string? Grade, string? Consequence,
    IReadOnlyList<string> Actions, IReadOnlyList<CommentView> Comments)
{
    public static WorkflowStatusView From(DocumentWorkflow w) => new(
        w.Document.Id,
        w.State.ToString(),
        w.StateName,
        w.DecisionGrade?.ToChinese(),
        w.DecisionGrade?.Consequence(),
        [.. w.Actions.Select(a => a.ToChinese())],
        [.. w.Comments.All.Select(c => new CommentView(c.Id, c.Target.ToString(), c.Target.ProjectCode, c.Target.IndicatorRow, c.Target.Field,
            c.Author, c.Text, c.IsResolved, [.. c.Replies.Select(r => $"{r.Author}（{r.Role.ToChinese()}）：{r.Text}")]))]);
}
