using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Workflow;

/// <summary>
/// The signed-in person as the workflow sees them. A unit editor acts for the units in <see cref="UnitCodes"/>
/// (the documents of their departments, DOMAIN.md §8.3) in <see cref="RegionCode"/>; a reviewer for every
/// document of their region and the regions below it (130600 covers 130682); an administrator everywhere.
/// </summary>
public sealed record WorkflowActor(string UserName, WorkflowRole Role, string RegionCode, IReadOnlyList<string> UnitCodes)
{
    public static WorkflowActor UnitEditor(string userName, string regionCode, params string[] unitCodes) =>
        new(userName, WorkflowRole.UnitEditor, regionCode, unitCodes);

    public static WorkflowActor Reviewer(string userName, string regionCode) =>
        new(userName, WorkflowRole.Reviewer, regionCode, []);

    public static WorkflowActor Administrator(string userName) =>
        new(userName, WorkflowRole.Administrator, string.Empty, []);

    /// <summary>True when this person may act on <paramref name="document"/> at all (role rules come on top).</summary>
    public bool Covers(WorkflowDocument document) => Role switch
    {
        WorkflowRole.Administrator => true,
        WorkflowRole.Reviewer => RegionCovers(RegionCode, document.RegionCode),
        _ => RegionCode == document.RegionCode
            && UnitCodes.Any(u => UnitCode.DepartmentOf(u) == document.DepartmentCode),
    };

    /// <summary>A province (13 0000) covers its cities and counties, a city (1306 00) its counties: the code with
    /// trailing "00" pairs removed is a prefix of the document's region.</summary>
    public static bool RegionCovers(string reviewerRegion, string documentRegion)
    {
        if (reviewerRegion.Length == 0 || documentRegion.Length == 0)
        {
            return false;
        }

        var prefix = reviewerRegion;
        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        return documentRegion.StartsWith(prefix, StringComparison.Ordinal);
    }
}
