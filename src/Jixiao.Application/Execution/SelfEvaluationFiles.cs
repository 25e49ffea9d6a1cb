using Jixiao.Documents;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.FormReading;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Application.Execution;

/// <summary>What a 自评表 file held: the 项目支出绩效自评表 (scored by a scoring profile), or — in a file of none, being a
/// department's table or a 计分表 that prints its points on every row — those tables, re-checked by their points.</summary>
public sealed record SelfEvaluationFile(IReadOnlyList<ImportedSelfEvaluation> Forms, IReadOnlyList<PointsSheetCheck> PointsSheets);

/// <summary>
/// Reads a 自评表 file the same way for <c>jixiao score</c> and the re-check page (<see cref="FormRecheck"/>): project
/// 自评表 first; a file the project reader refuses only for holding no project table (a 部门整体支出绩效自评表, or no
/// 自评表 at all) is read again by <see cref="PointsSheetReader"/>, and its tables that print 分值 and 得分 per row are
/// re-checked by <see cref="PointsSheetCheck"/>. A department's table without points per row keeps the project
/// reader's refusal, which says what it is and what to import instead.
/// </summary>
public static class SelfEvaluationFiles
{
    public static FileRead<SelfEvaluationFile> ReadFile(string path, MoneyUnit? moneyUnit = null) =>
        Dispatch(SelfEvaluationReader.ReadFile(path, moneyUnit), () => PointsSheetReader.ReadFile(path));

    public static FileRead<SelfEvaluationFile> Read(byte[] bytes, string fileName, MoneyUnit? moneyUnit = null) =>
        Dispatch(SelfEvaluationReader.Read(bytes, fileName, moneyUnit), () => PointsSheetReader.Read(bytes, fileName));

    private static FileRead<SelfEvaluationFile> Dispatch(FileRead<SelfEvaluationImport> projects, Func<FileRead<PointsSheetImport>> readPoints)
    {
        if (projects.Value is { } imported)
        {
            return new(new SelfEvaluationFile(imported.Forms, []), projects.Problems);
        }

        // A money unit not given, a file not found or damaged: the project reader's own problems, not another reading.
        if (!projects.Errors.All(p => p.Message == SelfEvaluationReader.NoForm || SelfEvaluationReader.IsDepartmentWide(p)))
        {
            return new(null, projects.Problems);
        }

        var points = readPoints();
        if (points.Value is not { } sheets)
        {
            return new(null, projects.Problems);
        }

        // A sheet was found: its own problems (an unreadable number in a cell) are the ones to show.
        return points.HasErrors
            ? new(null, points.Problems)
            : new(new SelfEvaluationFile([], [.. sheets.Sheets.Select(PointsSheetCheck.Of)]), points.Problems);
    }
}
