using Jixiao.Application.Documents;
using Jixiao.Domain.Goals;

namespace Jixiao.Cli.Commands.Db;

/// <summary>Running totals of a `db import` run, for its closing line.</summary>
internal sealed class ImportTotals
{
    public int Failed { get; set; }

    private int _documents;
    private int _added;
    private int _changed;
    private int _unchanged;
    private long _indicatorRowsWritten;

    public void Add(PerformanceDocument document, ImportResult result)
    {
        _documents++;
        _added += result.Added;
        _changed += result.Changed;
        _unchanged += result.Unchanged;
        var written = result.Projects.Where(p => p.Kind is ProjectChangeKind.Added or ProjectChangeKind.Changed)
            .Select(p => p.ProjectCode).ToHashSet(StringComparer.Ordinal);
        _indicatorRowsWritten += document.Projects.Where(p => written.Contains(ProjectCode.Normalize(p.ProjectCode))).Sum(p => p.Indicators.Count);
    }

    public string Summary(int files, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        return $"合计：{files} 个文件，导入 {_documents} 个，失败 {Failed} 个；项目新增 {_added}、更新 {_changed}、未变 {_unchanged}；"
            + $"写入指标 {_indicatorRowsWritten} 行；用时 {seconds:0.0} 秒（{_indicatorRowsWritten / seconds:0} 行指标/秒，{(_added + _changed) / seconds:0} 个项目/秒）";
    }
}
