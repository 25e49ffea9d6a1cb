using Jixiao.Documents.FormReading;
using Jixiao.Documents.Office;

namespace Jixiao.Documents.Monitoring;

/// <summary>Reads 项目支出绩效（目标执行）监控表 from a file as units send them — .xlsx, .docx, .html — the 1–6月 and 1–7月
/// forms of the provinces and Jixiao's own, by their labels (<see cref="MonitoringFormReader"/>).</summary>
public static class MonitoringReader
{
    /// <summary>The problem of a file that holds no 监控表 at all.</summary>
    public const string NoForm = "文件中没有项目支出绩效监控表：找不到含“一级指标”和“1–N月执行数”（或“执行数”）的表格。";

    public static FileRead<MonitoringImport> ReadFile(string path, MoneyUnit? moneyUnit = null) =>
        FormFiles.ReadFile(path, (bytes, name) => Read(bytes, name, moneyUnit));

    public static FileRead<MonitoringImport> Read(byte[] bytes, string fileName, MoneyUnit? moneyUnit = null, OfficeLimits? limits = null) =>
        FormFiles.ReadForms(bytes, fileName, limits, NoForm,
            (grid, source, titles, problems) => MonitoringFormReader.ReadAll(grid, source, titles, fileName, moneyUnit, problems),
            (name, forms) => new MonitoringImport(name, forms));
}
