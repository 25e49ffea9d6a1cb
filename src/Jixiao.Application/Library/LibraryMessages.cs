namespace Jixiao.Application.Library;

/// <summary>What the library tells users, in one place.</summary>
internal static class LibraryMessages
{
    public const string NotAllowed = "只有管理员和本地区的审核人员可以维护指标库。";
    public const string NationalAdminOnly = "全国基础指标库只有管理员可以维护。";
    public const string KeyMissing = "请指定要维护的指标（三级指标名称）。";
    public const string MergeIntoItself = "不能把指标合并到它自己。";

    public static string MergeTargetUnknown(string name) => $"要合并到的指标“{name}”不在本地区指标库中，请先确认名称。";

    public static string Saved(string name) => $"已保存指标“{name}”的维护信息。";
}
