namespace Jixiao.Domain.Library;

/// <summary>The kind words of project names (Library/project-kinds.json): "业务培训经费" is a 培训 project. Used to say
/// which kinds of project use an indicator and to find similar projects.</summary>
public sealed class ProjectKinds
{
    private static readonly Lazy<ProjectKinds> BuiltIn = new(() =>
        ProfileJson.Deserialize<ProjectKinds>(ProfileJson.ReadResource("Jixiao.Library.project-kinds.json"), "项目类别词表"));

    public static ProjectKinds Default => BuiltIn.Value;

    public string Source { get; init; } = string.Empty;

    public List<string> Keywords { get; init; } = [];

    /// <summary>The kind words <paramref name="projectName"/> contains, in list order.</summary>
    public IReadOnlyList<string> Of(string projectName)
    {
        if (string.IsNullOrEmpty(projectName))
        {
            return [];
        }

        List<string>? found = null;
        foreach (var word in Keywords)
        {
            if (projectName.Contains(word, StringComparison.Ordinal))
            {
                (found ??= []).Add(word);
            }
        }

        return found is null ? [] : found;
    }
}
