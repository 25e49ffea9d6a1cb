using Jixiao.Documents.FormReading;
using Jixiao.Documents.Office;

namespace Jixiao.Documents.Monitoring;

/// <summary>Reads 项目支出绩效（目标执行）监控表 from a file as units send them — .xlsx, .docx, .html — the 1–6月 and 1–7月
/// forms of the provinces and Jixiao's own, by their labels (<see cref="MonitoringFormReader"/>).</summary>
public static class MonitoringReader
{
    public static FileRead<MonitoringImport> ReadFile(string path, MoneyUnit? moneyUnit = null) =>
        File.Exists(path)
            ? Read(File.ReadAllBytes(path), Path.GetFileName(path), moneyUnit)
            : FormFiles.Failed<MonitoringImport>(Path.GetFileName(path), $"找不到文件“{path}”。请检查路径是否正确。");

    public static FileRead<MonitoringImport> Read(byte[] bytes, string fileName, MoneyUnit? moneyUnit = null, OfficeLimits? limits = null)
    {
        var document = FormFiles.Open(bytes, fileName, limits);
        if (document.HasErrors)
        {
            return new FileRead<MonitoringImport>(null, document.Problems);
        }

        var problems = new List<ReadProblem>(document.Problems);
        var forms = new List<ImportedMonitoring>();
        foreach (var (grid, titles) in FormFiles.Tables(document.Value!))
        {
            forms.AddRange(MonitoringFormReader.ReadAll(grid, document.Value!.Source, titles, fileName, moneyUnit, problems));
        }

        if (forms.Count == 0 && !problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, "文件中没有项目支出绩效监控表：找不到含“一级指标”和“1–N月执行数”（或“执行数”）的表格。") { File = fileName });
        }

        return new FileRead<MonitoringImport>(forms.Count == 0 ? null : new MonitoringImport(fileName, forms), problems);
    }
}
