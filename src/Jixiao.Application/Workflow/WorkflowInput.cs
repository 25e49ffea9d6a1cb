using Jixiao.Domain;
using Jixiao.Domain.Workflow;

namespace Jixiao.Application.Workflow;

/// <summary>Parses what forms and API clients send: actions and grades by name or in Chinese (提交, 优 …).</summary>
public static class WorkflowInput
{
    public static WorkflowAction? Action(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (Enum.TryParse<WorkflowAction>(trimmed, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        return Enum.GetValues<WorkflowAction>().Cast<WorkflowAction?>().FirstOrDefault(a => a!.Value.ToChinese() == trimmed);
    }

    public static Grade? Grade(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Enum.TryParse<Grade>(text.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : GradeExtensions.FromChinese(text);
    }
}
