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
            return "您的账号没有导入权限。";
        }

        if (document.RegionCode.Length > 0 && document.RegionCode != region)
        {
            return $"文档的财政区划 {document.RegionCode} 不是您负责单位所在的区划 {region}。";
        }

        var foreign = document.Projects.Where(p => !user.OwnsUnit(region, p.UnitCode))
            .GroupBy(p => p.UnitCode)
            .Select(g => $"{g.Key} {g.First().UnitName}（第 {string.Join("、", g.Select(p => p.Sequence))} 张表）")
            .ToList();
        if (foreign.Count == 0)
        {
            return null;
        }

        var own = string.Join("、", user.OwnUnits.Take(ListedOwnUnits).Select(u => $"{u.Code} {u.Name}"))
            + (user.OwnUnits.Count > ListedOwnUnits ? $" 等 {user.OwnUnits.Count} 个单位" : string.Empty);
        return $"文档中有不属于您负责单位的项目表：{string.Join("；", foreign)}。您只能导入本人负责单位（{own}）的项目，请删去这些表或请管理员为您分配单位后再导入。";
    }
}
