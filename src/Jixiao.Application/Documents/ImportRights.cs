using Jixiao.Application.Users;
using Jixiao.Domain.Goals;

namespace Jixiao.Application.Documents;

/// <summary>Whether the user may import a document: administrators any; a unit editor only documents of its region
/// whose every project table belongs to one of its units.</summary>
public static class ImportRights
{
    /// <summary>How many of the clerk's own units a refusal lists before "等 N 个".</summary>
    private const int ListedOwnUnits = 8;

    /// <returns>Null when allowed, else the Chinese reason, naming every unit of the file that is not the user's.</returns>
    public static string? Check(UserAccess user, PerformanceDocument document)
    {
        if (user.Access.IsAdmin)
        {
            return null;
        }

        if (!user.Access.IsUnitEditor || user.OwnRegionCode is not { } region)
        {
            return ImportMessages.NoImportRight;
        }

        if (document.RegionCode.Length > 0 && document.RegionCode != region)
        {
            return ImportMessages.OtherRegion(document.RegionCode, region);
        }

        var foreign = document.Projects.Where(p => !user.OwnsUnit(region, p.UnitCode))
            .GroupBy(p => p.UnitCode)
            .Select(g => ImportMessages.ForeignTable(g.Key, g.First().UnitName, g.Select(p => p.Sequence)))
            .ToList();
        if (foreign.Count == 0)
        {
            return null;
        }

        var own = string.Join("、", user.OwnUnits.Take(ListedOwnUnits).Select(u => $"{u.Code} {u.Name}"))
            + (user.OwnUnits.Count > ListedOwnUnits ? ImportMessages.MoreUnits(user.OwnUnits.Count) : string.Empty);
        return ImportMessages.ForeignTables(foreign, own);
    }
}
