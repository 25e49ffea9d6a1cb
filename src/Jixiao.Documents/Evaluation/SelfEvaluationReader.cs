using Jixiao.Documents.FormReading;
using Jixiao.Documents.Office;

namespace Jixiao.Documents.Evaluation;

/// <summary>
/// Reads 项目支出绩效自评表 from a file as units send them — .xlsx, .docx, .html (and .xls/.doc through LibreOffice) —
/// in the national layout and the provincial ones, by their labels (<see cref="SelfEvaluationFormReader"/>). Amounts
/// are read in the unit the form declares; a form that does not say is refused until <c>moneyUnit</c> names it.
/// </summary>
public static class SelfEvaluationReader
{
    /// <summary>The problem of a file that holds no 自评表 at all (another kind of table perhaps).</summary>
    public const string NoForm = "文件中没有项目支出绩效自评表：找不到含“一级指标”和“年度资金总额”（或“全年执行数”）的表格。";

    public static FileRead<SelfEvaluationImport> ReadFile(string path, MoneyUnit? moneyUnit = null) =>
        File.Exists(path)
            ? Read(File.ReadAllBytes(path), Path.GetFileName(path), moneyUnit)
            : FormFiles.Failed<SelfEvaluationImport>(Path.GetFileName(path), $"找不到文件“{path}”。请检查路径是否正确。");

    public static FileRead<SelfEvaluationImport> Read(byte[] bytes, string fileName, MoneyUnit? moneyUnit = null, OfficeLimits? limits = null)
    {
        var document = FormFiles.Open(bytes, fileName, limits);
        if (document.HasErrors)
        {
            return new FileRead<SelfEvaluationImport>(null, document.Problems);
        }

        var problems = new List<ReadProblem>(document.Problems);
        var forms = new List<ImportedSelfEvaluation>();
        foreach (var (grid, titles) in FormFiles.Tables(document.Value!))
        {
            forms.AddRange(SelfEvaluationFormReader.ReadAll(grid, document.Value!.Source, titles, fileName, moneyUnit, problems));
        }

        if (forms.Count == 0 && !problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, NoForm) { File = fileName });
        }

        return new FileRead<SelfEvaluationImport>(forms.Count == 0 ? null : new SelfEvaluationImport(fileName, forms), problems);
    }
}
