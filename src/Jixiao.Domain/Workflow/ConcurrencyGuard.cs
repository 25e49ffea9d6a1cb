namespace Jixiao.Domain.Workflow;

/// <summary>
/// Optimistic concurrency: a save carries the version token the user started from; if the record has moved on, the
/// save is refused (never merged silently, never overwriting) and the message says who saved in between and what
/// they changed. The caller keeps the user's input on the page, so neither edit is lost.
/// </summary>
public static class ConcurrencyGuard
{
    /// <summary>How many changed fields the message lists before "等共 N 处".</summary>
    public const int ChangesListed = 5;

    /// <summary>Null when <paramref name="baseVersion"/> is still current; otherwise the conflict.
    /// <paramref name="history"/> may hold all versions; those after the base are used.</summary>
    public static ConcurrencyConflict? Check(long baseVersion, long currentVersion, IEnumerable<SavedVersion> history)
    {
        if (baseVersion == currentVersion)
        {
            return null;
        }

        var meanwhile = history.Where(v => v.Version > baseVersion && v.Version <= currentVersion).OrderBy(v => v.Version).ToList();
        return new ConcurrencyConflict(baseVersion, currentVersion, meanwhile, Message(baseVersion, currentVersion, meanwhile));
    }

    private static string Message(long baseVersion, long currentVersion, List<SavedVersion> meanwhile)
    {
        var who = meanwhile.Count == 0
            ? $"此期间已有人保存了第 {currentVersion} 版"
            : "此期间" + string.Join("；", meanwhile.Select(Describe));
        return $"保存失败：您是在第 {baseVersion} 版的基础上修改的，{who}。为避免覆盖他人的修改，本次保存未执行；"
            + "您填写的内容仍保留在页面上，请打开最新版本核对后重新保存。";
    }

    private static string Describe(SavedVersion v)
    {
        var changes = v.Changes.Count == 0
            ? "未改动内容"
            : "修改了：" + string.Join("；", v.Changes.Take(ChangesListed))
                + (v.Changes.Count > ChangesListed ? $" 等共 {v.Changes.Count} 处" : string.Empty);
        return $"{v.SavedBy} 于 {ChinaTime.Format(v.SavedAt)} 保存了第 {v.Version} 版，{changes}";
    }
}
