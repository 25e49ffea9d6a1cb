namespace Jixiao.Domain.Goals;

/// <summary>Where a document-level value such as the fiscal year came from: the seed has no title line,
/// so year and region are usually derived from the project codes.</summary>
public enum ValueSource
{
    Unknown,
    Title,
    ProjectCode,
    Option,
}
