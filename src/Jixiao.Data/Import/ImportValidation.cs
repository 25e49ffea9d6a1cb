using Jixiao.Data.Configurations;
using Jixiao.Domain.Goals;

namespace Jixiao.Data.Import;

/// <summary>What a document must have before it can be stored: year, region and department, and a unique project
/// code and a unit code on every table (they are the identities of projects and units).</summary>
internal static class ImportValidation
{
    public static void Check(PerformanceDocument document)
    {
        if (document.FiscalYear == 0)
        {
            throw new ImportException(ImportMessages.NoYear);
        }

        if (document.RegionCode.Length == 0)
        {
            throw new ImportException(ImportMessages.NoRegion);
        }

        if (document.DepartmentCode.Length == 0)
        {
            throw new ImportException(ImportMessages.NoDepartment);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var project in document.Projects)
        {
            var code = ProjectCode.Normalize(project.ProjectCode);
            if (code.Length == 0)
            {
                throw new ImportException(ImportMessages.NoProjectCode(project.Sequence, project.ProjectName));
            }

            if (code.Length > Lengths.Code)
            {
                throw new ImportException(ImportMessages.TooLong(project.Sequence, "项目编码", project.ProjectCode));
            }

            if (project.UnitCode.Length == 0)
            {
                throw new ImportException(ImportMessages.NoUnitCode(project.Sequence, project.ProjectName));
            }

            if (project.UnitCode.Length > Lengths.Code)
            {
                throw new ImportException(ImportMessages.TooLong(project.Sequence, "单位代码", project.UnitCode));
            }

            if (!seen.TryAdd(code, project.Sequence))
            {
                throw new ImportException(ImportMessages.DuplicateCode(code, seen[code], project.Sequence));
            }
        }
    }
}
