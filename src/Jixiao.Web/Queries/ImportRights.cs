using Jixiao.Domain.Goals;
using Jixiao.Web.Api;

namespace Jixiao.Web.Queries;

/// <summary>Whether the user may import a document: administrators any; a unit editor only documents whose every
/// project table belongs to its own unit in its own region.</summary>
public static class ImportRights
{
    /// <returns>Null when allowed, else the Chinese reason.</returns>
    public static string? Check(UserAccess user, PerformanceDocument document)
    {
        if (user.Access.IsAdmin)
        {
            return null;
        }

        if (!user.Access.IsUnitEditor || user.OwnUnit is not { } unit)
        {
            return "您的账号没有导入权限。";
        }

        if (document.RegionCode.Length > 0 && document.RegionCode != unit.RegionCode)
        {
            return $"文档的财政区划 {document.RegionCode} 不是您所在单位的区划 {unit.RegionCode}。";
        }

        var others = document.Projects.Where(p => p.UnitCode != unit.Code).Select(p => $"第 {p.Sequence} 张表（单位 {p.UnitCode}）").ToList();
        return others.Count == 0 ? null : $"您只能导入本单位（{unit.Code} {unit.Name}）的项目，文档中还有：{string.Join("、", others)}。";
    }
}
