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
        // The policy: may the user change data of the file's region at all (a file without one: of any region)?
        var target = document.RegionCode.Length > 0 ? Resource.Region(document.RegionCode) : Resource.AnyRegion;
        if (!user.Can(Operation.Edit, target))
        {
            return user.Can(Operation.Edit, Resource.AnyRegion) && user.OwnRegionCode is { } ownRegion
                ? ImportMessages.OtherRegion(document.RegionCode, ownRegion)
                : ImportMessages.NoImportRight;
        }

        // Not limited to units (an administrator): every table may be imported.
        if (user.OnlyUnitIds is null)
        {
            return null;
        }

        if (user.OwnRegionCode is not { } region)
        {
            return ImportMessages.NoImportRight;
        }

        // A document without project tables is the department's own (Part 1 only): the clerk must hold a unit of it.
        if (document.Projects.Count == 0 && !user.OwnUnits.Any(u => UnitCode.DepartmentOf(u.Code) == document.DepartmentCode))
        {
            return ImportMessages.ForeignDepartment(document.DepartmentCode, document.DepartmentName);
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
