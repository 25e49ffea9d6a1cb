using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid.Sources;

namespace Jixiao.Documents.Word;

/// <summary>
/// Reads a .docx — a 部门预算绩效文本 (Jixiao's own, <see cref="WordWriter"/>, or one written by Word, WPS or
/// LibreOffice) or any province's 绩效目标表 — through the grid (<see cref="WordGridReader"/>) and the one goal-table
/// reader (<see cref="GoalDocumentReader"/>), so the rules and messages are those of every other format.
/// </summary>
public static class WordReader
{
    public static ReadResult Read(byte[] bytes, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var grid = WordGridReader.Read(bytes, options);
        return grid.Value is null ? Failed(grid, options) : GoalDocumentReader.Read(grid.Value, options);
    }

    public static ReadResult ReadFile(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        return Read(File.ReadAllBytes(path), options with { FileName = options.FileName ?? Path.GetFileName(path) });
    }

    internal static ReadResult Failed(FileRead<Grid.GridDocument> read, ReadOptions options) =>
        new(new Domain.Goals.PerformanceDocument(), read.Problems.Count > 0 ? read.Problems : [new ReadProblem(ProblemSeverity.Error, "文件无法读取。") { File = options.FileName }]);
}
