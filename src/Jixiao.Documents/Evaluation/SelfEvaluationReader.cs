using Jixiao.Documents.FormReading;
using Jixiao.Documents.Grid;
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
        FormFiles.ReadFile(path, (bytes, name) => Read(bytes, name, moneyUnit));

    public static FileRead<SelfEvaluationImport> Read(byte[] bytes, string fileName, MoneyUnit? moneyUnit = null, OfficeLimits? limits = null)
    {
        var read = FormFiles.ReadForms(bytes, fileName, limits, NoForm,
            (grid, source, titles, problems) => SelfEvaluationFormReader.ReadAll(grid, source, titles, fileName, moneyUnit, problems),
            (name, forms) => new SelfEvaluationImport(name, forms));
        return read.Value is null ? DepartmentWideRefused(read) : read;
    }

    /// <summary>The 自评表 of a file already opened as a grid (a grid rebuilt by a test, a source read once for several readers).</summary>
    internal static FileRead<SelfEvaluationImport> Read(GridDocument document, string fileName, MoneyUnit? moneyUnit = null)
    {
        var read = FormFiles.ReadForms(document, [], fileName, NoForm,
            (grid, source, titles, problems) => SelfEvaluationFormReader.ReadAll(grid, source, titles, fileName, moneyUnit, problems),
            (name, forms) => new SelfEvaluationImport(name, forms));
        return read.Value is null ? DepartmentWideRefused(read) : read;
    }

    /// <summary>A file of a 部门整体支出绩效自评表 alone: its note becomes the error, in place of “no 自评表 found”. Beside
    /// project tables it stays a warning (the table is skipped, the projects are read).</summary>
    private static FileRead<SelfEvaluationImport> DepartmentWideRefused(FileRead<SelfEvaluationImport> read)
    {
        if (!read.Problems.Any(IsDepartmentWide))
        {
            return read;
        }

        var problems = read.Problems
            .Where(p => !(p.Severity == ProblemSeverity.Error && p.Message == NoForm))
            .Select(p => IsDepartmentWide(p) ? p with { Severity = ProblemSeverity.Error } : p)
            .ToList();
        return new FileRead<SelfEvaluationImport>(null, problems);
    }

    /// <summary>The problem that refuses a 部门整体支出绩效自评表 (a department's table, not a project's).</summary>
    public static bool IsDepartmentWide(ReadProblem p) => p.Message.StartsWith(SelfEvaluationFormReader.DepartmentWideStart, StringComparison.Ordinal);
}
