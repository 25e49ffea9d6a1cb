using Jixiao.Data.Configurations;
using Jixiao.Domain.Goals;

namespace Jixiao.Application.Documents;

/// <summary>What a document must have before it can be stored: year, region and department, a unit code on every
/// table, and projects that can be told apart (a unique project code, or — for tables without a code — a unique name
/// in the document). A missing project code is allowed: it can be filled in later.</summary>
internal static class ImportValidation
{
    public static void Check(PerformanceDocument document)
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

    /// <summary>A problem in one cell of one project table.</summary>
    public static ImportException InTable(string message, BudgetProject project, string cell, string advice) =>
        new(message) { Table = project.Sequence, TableName = project.ProjectName, Cell = cell, Advice = advice };
}
