using Jixiao.Documents.Grid;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Documents.Office;

namespace Jixiao.Documents.FormReading;

/// <summary>Opens a filled-in form file as a grid document and hands each table, with the lines printed before it
/// (title, year, "单位：万元"), to a form reader.</summary>
internal static class FormFiles
{
    public static IReadOnlyList<string> Extensions => GridFiles.Extensions;

    public static FileRead<GridDocument> Open(byte[] bytes, string fileName, OfficeLimits? limits) =>
        GridFiles.Read(bytes, Path.GetExtension(fileName), new ReadOptions { FileName = fileName, OfficeLimits = limits ?? OfficeLimits.Default });

    /// <summary>Each table of <paramref name="document"/> with the text lines since the table before it.</summary>
    public static IEnumerable<(CellGrid Grid, List<(string Text, string Place)> Titles)> Tables(GridDocument document)
    {
        var lines = new List<(string, string)>();
        foreach (var block in document.Blocks)
        {
            if (block.IsGrid)
            {
                yield return (block.Grid!, lines);
                lines = [];
            }
            else if (block.Text.Length > 0)
            {
                lines.Add((block.Text, block.Place));
            }
        }
    }

    public static FileRead<T> Failed<T>(string fileName, string message)
        where T : class => new(null, [new ReadProblem(ProblemSeverity.Error, message) { File = fileName }]);
}
