using Jixiao.Documents.Office;

namespace Jixiao.Documents.Grid.Sources;

/// <summary>Reads any file a table can come in as a <see cref="GridDocument"/>, chosen by its extension.</summary>
public static class GridFiles
{
    /// <summary>The extensions read as grids (.json is not a grid: it is read as Jixiao's own model).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".docx", ".doc", ".xlsx", ".xls", ".html", ".htm", ".txt"];

    public static bool IsGrid(string extension) => Extensions.Contains(extension.ToLowerInvariant()) || extension.Length == 0 || extension.Equals(".text", StringComparison.OrdinalIgnoreCase);

    public static FileRead<GridDocument> Read(byte[] bytes, string extension, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        switch (extension.ToLowerInvariant())
        {
            case ".docx":
                return WordGridReader.Read(bytes, options);
            case ".xlsx":
                return ExcelGridReader.Read(bytes, options);
            case ".doc" or ".xls":
                return Converted(bytes, extension.ToLowerInvariant(), options);
            case ".html" or ".htm":
                return HtmlGridReader.Read(bytes, options);
            default:
                return new FileRead<GridDocument>(TextGridReader.Read(TextDecoding.Decode(bytes), options.FileName ?? string.Empty), []);
        }
    }

    private static FileRead<GridDocument> Converted(byte[] bytes, string extension, ReadOptions options)
    {
        var target = extension == ".xls" ? ".xlsx" : ".docx";
        if (bytes.LongLength > options.OfficeLimits.MaxFileBytes)
        {
            return Failed(options, OfficePackageGuard.Check(bytes, extension == ".xls" ? OfficeKind.Excel : OfficeKind.Word, options.OfficeLimits) ?? "文件过大。");
        }

        var (converted, problem) = OfficeConversion.Convert(bytes, extension, target);
        return converted is null ? Failed(options, problem!) : Read(converted, target, options);
    }

    private static FileRead<GridDocument> Failed(ReadOptions options, string message) =>
        new(null, [new ReadProblem(ProblemSeverity.Error, message) { File = options.FileName }]);
}
