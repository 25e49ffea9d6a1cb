using Jixiao.Documents.Excel;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Documents.Json;
using Jixiao.Documents.Office;
using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Word;

namespace Jixiao.Documents;

/// <summary>Reads a document from a file in any supported format, chosen by the file's extension.</summary>
public static class DocumentFiles
{
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".json", ".docx", ".xlsx", ".html", ".htm", ".xls", ".doc"];

    public static ReadResult Read(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        options = options with { FileName = options.FileName ?? Path.GetFileName(path) };
        if (!File.Exists(path))
        {
            return Failed(options, $"找不到文件“{path}”。请检查路径是否正确。");
        }

        // An oversized upload is refused before it is read into memory.
        if (IsOffice(Path.GetExtension(path)) && OfficePackageGuard.CheckSize(path, options.OfficeLimits) is { } tooLarge)
        {
            return Failed(options, tooLarge);
        }

        var bytes = File.ReadAllBytes(path);
        return Read(bytes, Path.GetExtension(path), options);
    }

    /// <summary>Reads <paramref name="bytes"/> as the format that <paramref name="extension"/> names (".txt", ".json").</summary>
    public static ReadResult Read(byte[] bytes, string extension, ReadOptions options)
    {
        try
        {
            return ReadFormat(bytes, extension, options);
        }
        catch (TextEncodingException e)
        {
            return new(new Domain.Goals.PerformanceDocument(), [new ReadProblem(ProblemSeverity.Error, e.Message) { File = options.FileName, Line = e.Line }]);
        }
    }

    private static ReadResult ReadFormat(byte[] bytes, string extension, ReadOptions options)
    {
        switch (extension.ToLowerInvariant())
        {
            case ".json":
                return TextDecoding.Utf8Body(bytes) is { } utf8 ? DocumentJson.Read(utf8, options) : DocumentJson.Read(TextDecoding.Decode(bytes), options);
            case ".docx":
                return WordReader.Read(bytes, options);
            case ".xlsx":
                return ExcelReader.Read(bytes, options);
            case ".html" or ".htm" or ".xls" or ".doc":
                var grid = GridFiles.Read(bytes, extension, options);
                return grid.Value is null
                    ? Failed(options, string.Join("；", grid.Problems.Select(p => p.Message)))
                    : GoalDocumentReader.Read(grid.Value, options);
            case ".txt" or ".text" or "":
                return PublishedTextReader.Read(bytes, options);
            default:
                return Failed(options, $"不支持的文件类型“{extension}”。可导入的格式：{string.Join("、", Extensions)}。");
        }
    }

    private static bool IsOffice(string extension) => extension.ToLowerInvariant() is ".docx" or ".xlsx" or ".xls" or ".doc";

    private static ReadResult Failed(ReadOptions options, string message) =>
        new(new Domain.Goals.PerformanceDocument(), [new ReadProblem(ProblemSeverity.Error, message) { File = options.FileName }]);
}
