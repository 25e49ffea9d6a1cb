using System.Diagnostics.CodeAnalysis;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;

namespace Jixiao.Application.Workflow;

/// <summary>Stored comments ↔ the domain's <see cref="ReviewComment"/>.</summary>
public static class CommentMapping
{
    public static ReviewComment ToDomain(DocumentComment c) => new()
    {
        Id = c.Id,
        Target = TargetOf(c.ProjectCode, c.IndicatorRow, c.Field),
        Author = c.Author,
        AuthorRole = Enum.Parse<WorkflowRole>(c.AuthorRole),
        At = Utc(c.At),
        Text = c.Text,
        Replies = [.. c.Replies.OrderBy(r => r.Id).Select(r => new CommentReply(r.Author, Enum.Parse<WorkflowRole>(r.Role), Utc(r.At), r.Text))],
        IsResolved = c.IsResolved,
        ResolvedBy = c.ResolvedBy,
        ResolvedAt = c.ResolvedAt is { } at ? Utc(at) : null,
    };

    public static CommentTarget TargetOf(string? projectCode, int? row, string? field) => (projectCode, field) switch
    {
        (null or "", _) => CommentTarget.Document,
        (_, null or "") => CommentTarget.Project(projectCode),
        _ => CommentTarget.Cell(projectCode, field, row),
    };

    /// <summary>As <see cref="TargetOf"/> for what a form or API client sent: a target the domain refuses gives its
    /// Chinese message as <paramref name="problem"/>, without .NET's English "(Parameter '…')" suffix.</summary>
    public static bool TryTargetOf(string? projectCode, int? row, string? field, [NotNullWhen(true)] out CommentTarget? target,
        [NotNullWhen(false)] out string? problem)
    {
        try
        {
            target = TargetOf(projectCode, row, field);
            problem = null;
            return true;
        }
        catch (ArgumentException e)
        {
            target = null;
            problem = e.Message.Split(" (Parameter", 2)[0].Trim();
            return false;
        }
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
