using Jixiao.Domain.Goals;

namespace Jixiao.Application.Documents;

/// <summary>
/// How the storage layer tells projects apart: by 项目编码, or — for a table without one — by its name within its
/// document ("（无编码）雾炮车降尘抑尘服务"). The key names the project in the audit trail and in optimistic
/// concurrency checks; once a code is filled in, the code is the key.
/// </summary>
public static class ProjectKey
{
    public const string NoCodePrefix = "（无编码）";

    public static string Of(string normalizedCode, string name) => normalizedCode.Length > 0 ? normalizedCode : NoCodePrefix + name.Trim();

    public static string Of(BudgetProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Of(ProjectCode.Normalize(project.ProjectCode), project.ProjectName);
    }
}
