using Jixiao.Data.Entities;

namespace Jixiao.Application.Library;

/// <summary>A library curation as the audit log records it: the fields a bureau sets, labelled as on the 指标库 page,
/// and the key "区划代码/指标" ("全国/指标" for the national base).</summary>
public static class CurationAudit
{
    public const string NationalKey = "全国";

    public static string EntityId(LibraryCuration row) => $"{(row.RegionCode.Length == 0 ? NationalKey : row.RegionCode)}/{row.Key}";

    public static List<KeyValuePair<string, string>> Snapshot(LibraryCuration row) =>
    [
        new("三级指标", row.Name),
        new("一级指标", row.Level1),
        new("二级指标", row.Level2),
        new("计量单位", row.Unit),
        new("推荐", YesNo(row.Recommended)),
        new("停用", YesNo(row.Retired)),
        new("合并到", row.MergedInto),
        new("推荐依据", row.RecommendedBasis),
        new("备注", row.Notes),
    ];

    private static string YesNo(bool value) => value ? "是" : "否";
}
