using System.Runtime.CompilerServices;
using Jixiao.Data.Configurations;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Application.Documents;

/// <summary>What a document must have before it can be stored: year, region and department, a unit code on every
/// table, and projects that can be told apart (a unique project code, or — for tables without a code — a unique name
/// in the document). A missing project code is allowed: it can be filled in later.</summary>
internal static partial class ImportValidation
{
    /// <summary>Documents that passed <see cref="CheckAhead"/> and are not yet stored (by reference: a document is an
    /// immutable record; a changed copy made with <c>with</c> is another instance and is checked again).</summary>
    private static readonly ConditionalWeakTable<PerformanceDocument, object> CheckedAhead = new();

    /// <summary>Checks <paramref name="document"/> before the write that stores it — a caller importing many files does
    /// it for the next file while the current one is being stored — so that the write's own <see cref="Check"/> does
    /// not do it again. A document that fails is not marked: the write refuses it with the same message as ever.</summary>
    public static void CheckAhead(PerformanceDocument document)
    {
        try
        {
            CheckAll(document);
            CheckedAhead.AddOrUpdate(document, CheckedAhead);
        }
        catch (ImportException)
        {
            // Reported by the write, in its place among the other files' results.
        }
    }

    public static void Check(PerformanceDocument document)
    {
        if (CheckedAhead.Remove(document))
        {
            return;
        }

        CheckAll(document);
    }

    private static void CheckAll(PerformanceDocument document)
    {
        if (document.FiscalYear == 0)
        {
            throw new ImportException(ImportMessages.NoYear) { Advice = ImportMessages.NoYearAdvice };
        }

        if (document.RegionCode.Length == 0)
        {
            throw new ImportException(ImportMessages.NoRegion) { Advice = ImportMessages.NoRegionAdvice };
        }

        if (document.DepartmentCode.Length == 0)
        {
            throw new ImportException(ImportMessages.NoDepartment) { Cell = "单位代码", Advice = ImportMessages.NoDepartmentAdvice };
        }

        CheckCharacters(document);
        CheckLengths(document);

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var project in document.Projects)
        {
            var code = ProjectCode.Normalize(project.ProjectCode);
            if (code.Length > Lengths.Code)
            {
                throw InTable(ImportMessages.TooLong(project.Sequence, "项目编码", project.ProjectCode), project, "项目编码", ImportMessages.TooLongAdvice);
            }

            if (project.UnitCode.Length == 0)
            {
                throw InTable(ImportMessages.NoUnitCode(project.Sequence, project.ProjectName), project, "单位代码", ImportMessages.FillCellAdvice("单位代码"));
            }

            if (project.UnitCode.Length > Lengths.Code)
            {
                throw InTable(ImportMessages.TooLong(project.Sequence, "单位代码", project.UnitCode), project, "单位代码", ImportMessages.TooLongAdvice);
            }

            if (!seen.TryAdd(ProjectKey.Of(project), project.Sequence))
            {
                throw code.Length > 0
                    ? InTable(ImportMessages.DuplicateCode(code, seen[code], project.Sequence), project, "项目编码", ImportMessages.DuplicateCodeAdvice)
                    : InTable(ImportMessages.SameNameWithoutCode(project.ProjectName, seen[ProjectKey.Of(project)], project.Sequence), project, "项目名称",
                        ImportMessages.SameNameWithoutCodeAdvice);
            }
        }
    }

    /// <summary>
    /// No field of the document may hold a control character, a bidirectional override or (in a name) a zero-width
    /// character (<see cref="UnsafeCharacters"/>): checked on the document's JSON form, so every field of every reader's
    /// result is covered by the same rule the API bodies follow; the refusal names the table and the field.
    /// </summary>
    private static void CheckCharacters(PerformanceDocument document)
    {
        // Written as UTF-8 into a pooled buffer: a department's form is megabytes, and a string of it plus its bytes
        // were new large objects on every import.
        JsonTextScan.Finding? scanned;
        using (var json = new PooledBufferWriter())
        {
            Jixiao.Documents.Json.DocumentJson.Write(document, json);
            scanned = JsonTextScan.Scan(json.WrittenSpan);
        }

        if (scanned is not { Character: { } c } found)
        {
            return;
        }

        var table = TablePath().Match(found.Path);
        if (table.Success && int.Parse(table.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var index && index < document.Projects.Count)
        {
            var project = document.Projects[index];
            var field = table.Groups[2].Value.TrimStart('.');
            throw InTable(UnsafeCharacters.Message($"第 {project.Sequence} 张项目表的 {field}", c), project with { ProjectName = Shorten(project.ProjectName) }, field,
                ImportMessages.UnsafeCharacterAdvice);
        }

        throw new ImportException(UnsafeCharacters.Message(found.Path, c)) { Cell = found.Path, Advice = ImportMessages.UnsafeCharacterAdvice };
    }

    /// <summary>Every text against its limit in <see cref="FieldLimits"/>; the refusal names table, row and field and
    /// does not repeat the overlong text.</summary>
    private static void CheckLengths(PerformanceDocument document)
    {
        if (FieldLimits.FirstOverlong(FieldLimits.Of(document)) is not { } f)
        {
            return;
        }

        var advice = ImportMessages.TooLongTextAdvice(f.Field, f.Limit);
        if (f.Table is { } table && document.Projects.FirstOrDefault(p => p.Sequence == table) is { } project)
        {
            throw new ImportException(ImportMessages.TooLongText(f))
            {
                Table = project.Sequence, TableName = Shorten(project.ProjectName), Row = f.Row, Cell = f.Field, Advice = advice,
            };
        }

        throw new ImportException(ImportMessages.TooLongText(f)) { Cell = f.Field, Advice = advice };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^projects\[(\d+)\](.*)$")]
    private static partial System.Text.RegularExpressions.Regex TablePath();

    /// <summary>An overlong name is not repeated whole in the message that refuses it.</summary>
    private static string Shorten(string name) => name.Length > FieldLimits.Name ? name[..20] + "…" : name;

    /// <summary>A problem in one cell of one project table.</summary>
    public static ImportException InTable(string message, BudgetProject project, string cell, string advice) =>
        new(message) { Table = project.Sequence, TableName = project.ProjectName, Cell = cell, Advice = advice };
}
