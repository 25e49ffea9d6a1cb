using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Taxonomy;

namespace Jixiao.Documents;

/// <summary>
/// Completes a document read from any format with the values the file does not state directly: fiscal year and
/// region (from the title, the user's options, or the project codes: region = first 6 digits, year = digits 7–8),
/// the department (from the unit codes) and the taxonomy profile (from the indicator rows).
/// </summary>
public static partial class DocumentFacts
{
    [GeneratedRegex(@"^(.*?)(\d{4})\s*年")]
    private static partial Regex TitleYear();

    public static PerformanceDocument Complete(PerformanceDocument document, ReadOptions options, List<ReadProblem> problems) =>
        Complete(document, options, problems, null);

    /// <param name="tableYear">A year printed above the tables ("（2021年度）"), used after the document title.</param>
    public static PerformanceDocument Complete(PerformanceDocument document, ReadOptions options, List<ReadProblem> problems, int? tableYear)
    {
        var (year, yearSource) = FiscalYear(document, options, tableYear);
        var (region, regionSource) = Region(document, options);
        var (departmentCode, departmentName) = Department(document);
        if (departmentCode.Length == 0 && document.Projects.Count == 0 && options.UnitCode is { Length: >= 3 } unitCode)
        {
            // A department's goals without project tables (a 部门整体支出绩效目标表): the unit code given names the department.
            departmentCode = UnitCode.DepartmentOf(unitCode.Trim());
        }

        if (year == 0)
        {
            // A file of a department's goals alone (部门整体支出绩效目标表) has no project codes to take the year from.
            var why = document.Projects.Count == 0 ? "表中也没有写明年度" : "项目编码也不符合 21 位编码规则";
            problems.Add(new ReadProblem(ProblemSeverity.Warning,
                $"无法确定年度：文件没有标题行，{why}。请在导入时填写年度（导入页面的“年度”栏），例如 2022。") { File = options.FileName });
        }

        if (region.Length == 0)
        {
            var why = document.Projects.Count == 0 ? "文件中没有项目编码可供推断" : "项目编码不符合 21 位编码规则";
            problems.Add(new ReadProblem(ProblemSeverity.Warning,
                $"无法确定财政区划：{why}。请在导入时填写 6 位区划代码（导入页面的“区划代码”栏），例如 130682。") { File = options.FileName });
        }

        var profile = options.TaxonomyProfile ?? ProfileDetector.Detect(document.Projects.SelectMany(p => p.Indicators));
        return document with
        {
            FiscalYear = year,
            FiscalYearSource = yearSource,
            RegionCode = region,
            RegionSource = regionSource,
            DepartmentCode = document.DepartmentCode.Length > 0 ? document.DepartmentCode : departmentCode,
            DepartmentName = document.DepartmentName.Length > 0 ? document.DepartmentName : departmentName,
            TaxonomyProfile = profile,
        };
    }

    private static (int, ValueSource) FiscalYear(PerformanceDocument document, ReadOptions options, int? tableYear)
    {
        if (options.FiscalYear is { } given)
        {
            return (given, ValueSource.Option);
        }

        var m = TitleYear().Match(document.Title);
        if (m.Success)
        {
            return (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), ValueSource.Title);
        }

        if (tableYear is { } printed)
        {
            return (printed, ValueSource.Title);
        }

        var fromCodes = MostCommon(document.Projects.Select(p => ProjectCode.YearOf(p.ProjectCode)));
        return fromCodes is { } y ? (y, ValueSource.ProjectCode) : (0, ValueSource.Unknown);
    }

    private static (string, ValueSource) Region(PerformanceDocument document, ReadOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.RegionCode))
        {
            return (options.RegionCode.Trim(), ValueSource.Option);
        }

        var fromCodes = MostCommon(document.Projects.Select(p => ProjectCode.RegionOf(p.ProjectCode)));
        return fromCodes is { } r ? (r, ValueSource.ProjectCode) : (string.Empty, ValueSource.Unknown);
    }

    /// <summary>部门代码 = first 3 digits of the unit codes; the name is the 本级 unit's name without "本级",
    /// or the title's text before the year.</summary>
    private static (string Code, string Name) Department(PerformanceDocument document)
    {
        var code = MostCommon(document.Projects.Where(p => p.UnitCode.Length >= 3).Select(p => UnitCode.DepartmentOf(p.UnitCode))) ?? string.Empty;
        var title = TitleYear().Match(document.Title);
        if (title.Success && title.Groups[1].Value.Trim().Length > 0)
        {
            return (code, title.Groups[1].Value.Trim());
        }

        var head = document.Projects.FirstOrDefault(p => p.UnitCode.EndsWith("001", StringComparison.Ordinal))
            ?? (document.Projects.Count > 0 ? document.Projects[0] : null);
        var name = head?.UnitName ?? string.Empty;
        return (code, name.EndsWith("本级", StringComparison.Ordinal) ? name[..^2] : name);
    }

    private static T? MostCommon<T>(IEnumerable<T?> values) =>
        values.Where(v => v is not null).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
