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

    /// <summary>Each table of <paramref name="document"/> with the text lines since the table before it; a table that
    /// goes on over a page break with its heading repeated (<see cref="TableContinuation"/>) is one table.</summary>
    public static IEnumerable<(CellGrid Grid, List<(string Text, string Place)> Titles)> Tables(GridDocument document) =>
        Parts(document).Select(t => (t.Grid, t.Titles));

    /// <summary><see cref="Tables"/>, each saying whether it follows the table before it with no line between, in a
    /// document whose tables can be cut by a page (Word, HTML; a worksheet never continues another).</summary>
    private static IEnumerable<(CellGrid Grid, List<(string Text, string Place)> Titles, bool Follows)> Parts(GridDocument document)
    {
        var follows = false;
        var lines = new List<(string, string)>();
        (CellGrid Grid, List<(string, string)> Titles, bool Follows)? open = null;
        foreach (var block in document.Blocks)
        {
            if (block.IsGrid)
            {
                if (open is { } previous && lines.Count == 0 && document.Source != GridSource.Excel
                    && TableContinuation.Join(previous.Grid, block.Grid!) is { } joined)
                {
                    open = (joined, previous.Titles, previous.Follows);
                    continue;
                }

                if (open is { } done)
                {
                    yield return done;
                }

                open = (block.Grid!, lines, follows && lines.Count == 0 && document.Source != GridSource.Excel);
                lines = [];
                follows = true;
            }
            else if (block.Text.Length > 0)
            {
                lines.Add((block.Text, block.Place));
            }
        }

        if (open is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Reads <paramref name="path"/> with <paramref name="read"/>, or says the file is not there.</summary>
    public static FileRead<T> ReadFile<T>(string path, Func<byte[], string, FileRead<T>> read)
        where T : class =>
        File.Exists(path)
            ? read(File.ReadAllBytes(path), Path.GetFileName(path))
            : Failed<T>(Path.GetFileName(path), $"找不到文件“{path}”。请检查路径是否正确。");

    /// <summary>Every form in a file: <paramref name="readTable"/> over each table with its title lines; when no form
    /// was found and nothing else went wrong, <paramref name="noForm"/> says what was looked for.</summary>
    public static FileRead<TImport> ReadForms<TForm, TImport>(byte[] bytes, string fileName, OfficeLimits? limits, string noForm,
        Func<CellGrid, GridSource, List<(string Text, string Place)>, List<ReadProblem>, IEnumerable<TForm>> readTable,
        Func<string, IReadOnlyList<TForm>, TImport> import)
        where TImport : class
    {
        var document = Open(bytes, fileName, limits);
        return document.HasErrors
            ? new FileRead<TImport>(null, document.Problems)
            : ReadForms(document.Value!, document.Problems, fileName, noForm, readTable, import);
    }

    /// <summary>Every form in a file already opened as a grid (<paramref name="opened"/>: what opening it reported).</summary>
    public static FileRead<TImport> ReadForms<TForm, TImport>(GridDocument document, IReadOnlyList<ReadProblem> opened, string fileName, string noForm,
        Func<CellGrid, GridSource, List<(string Text, string Place)>, List<ReadProblem>, IEnumerable<TForm>> readTable,
        Func<string, IReadOnlyList<TForm>, TImport> import)
        where TImport : class
    {
        var problems = new List<ReadProblem>(opened);
        var forms = new List<TForm>();
        Part? previous = null;
        foreach (var (grid, titles, follows) in Parts(document))
        {
            var part = new Part(grid, titles, forms.Count, problems.Count);
            var own = readTable(grid, document.Source, titles, problems).ToList();
            if (own.Count == 0 && follows && previous is { } p && forms.Count > p.FormsFrom && !problems.Skip(part.ProblemsFrom).Any(x => x.Severity == ProblemSeverity.Error)
                && TableContinuation.Append(p.Grid, grid) is { } joined)
            {
                // A part with no form of its own right under a form's table: the rest of that table cut by a page
                // without its heading. Read together they must give the same forms, with no new error; else two tables.
                var again = new List<ReadProblem>(problems.Take(p.ProblemsFrom));
                var rejoined = readTable(joined, document.Source, p.Titles, again).ToList();
                if (rejoined.Count == forms.Count - p.FormsFrom && !again.Skip(p.ProblemsFrom).Any(x => x.Severity == ProblemSeverity.Error))
                {
                    forms.RemoveRange(p.FormsFrom, forms.Count - p.FormsFrom);
                    forms.AddRange(rejoined);
                    problems = again;
                    previous = p with { Grid = joined };
                    continue;
                }
            }

            forms.AddRange(own);
            previous = part;
        }

        if (forms.Count == 0 && !problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, noForm) { File = fileName });
        }

        return new FileRead<TImport>(forms.Count == 0 ? null : import(fileName, forms), problems);
    }

    /// <summary>A table as read: where its forms and problems start in the lists of the file.</summary>
    private readonly record struct Part(CellGrid Grid, List<(string Text, string Place)> Titles, int FormsFrom, int ProblemsFrom);

    public static FileRead<T> Failed<T>(string fileName, string message)
        where T : class => new(null, [new ReadProblem(ProblemSeverity.Error, message) { File = fileName }]);
}
