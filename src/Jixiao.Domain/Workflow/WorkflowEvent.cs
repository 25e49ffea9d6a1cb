namespace Jixiao.Domain.Workflow;

/// <summary>A transition that happened: who (and in which role), when, from which state to which, with the comment
/// and, for a decision, the 88号 grade. The storage layer saves it and writes it to the audit trail.</summary>
public sealed record WorkflowEvent(
    WorkflowAction Action,
    DocumentState From,
    DocumentState To,
    string UserName,
    WorkflowRole Role,
    DateTimeOffset At,
    string Comment,
    Grade? Grade)
{
    /// <summary>"2026-11-26 20:03 审核 李四 批复：已提交 → 已批复（良）".</summary>
    public override string ToString()
    {
        var grade = Grade is { } g ? $"（{g.ToChinese()}）" : string.Empty;
        var comment = Comment.Length == 0 ? string.Empty : $"，意见：{Comment}";
        return $"{ChinaTime.Format(At)} {Role.ToChinese()} {UserName} {Action.ToChinese()}：{From.ToChinese()} → {To.ToChinese()}{grade}{comment}";
    }
}
