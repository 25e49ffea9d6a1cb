using Jixiao.Data.Configurations;
using Jixiao.Domain.Goals;

namespace Jixiao.Application.Documents;

/// <summary>What users read about importing and saving documents: the importer's refusals and advice, the right to
/// import, the audit labels of an import.</summary>
public static class ImportMessages
{
    public const string NewVersion = "新建";

    public const string ImportAction = "导入";

    public const string RemoveAction = "移除";

    public static string NoYear => "无法入库：文档的年度未知。请在导入时填写年度（导入页面的“年度”栏），例如 2022。";

    public static string NoRegion => "无法入库：文档的财政区划未知。请在导入时填写 6 位区划代码（导入页面的“区划代码”栏），例如 130682。";

    public static string ForeignDepartment(string code, string name) =>
        $"无权导入：文件只有部门 {code} {name} 的部门整体绩效目标，而您的账号不管理该部门的任何单位。请由该部门的填报人员导入，或联系管理员。";

    public static string NoDepartment => "无法入库：无法确定部门代码（单位代码的前 3 位）。请检查各项目表的单位代码。";

    public static string SameNameWithoutCode(string name, int first, int second) =>
        $"无法入库：第 {first} 张和第 {second} 张项目表都没有项目编码，项目名称又相同（《{name}》），无法区分。";

    public const string SameNameWithoutCodeAdvice = "请为其中一张表补填项目编码，或改正项目名称，然后重新导入。";

    public static string NoLayout(string? region, string name) =>
        $"区划 {region} 没有名为“{name}”的版式方案。请在导入页面保存版式方案，或去掉 layout 参数。";

    public static string CodeFilled(string code) => $"补填项目编码 {code}";

    public static string NoUnitCode(int sequence, string name) =>
        $"无法入库：第 {sequence} 张项目表《{name}》没有单位代码。";

    public static string TooLong(int sequence, string field, string value) =>
        $"无法入库：第 {sequence} 张项目表的{field}“{value}”过长（最多 {Lengths.Code} 个字符）。";

    public static string DuplicateCode(string code, int first, int second) =>
        $"无法入库：项目编码 {code} 在第 {first} 张和第 {second} 张项目表中重复出现，同一年度的项目编码必须唯一。";

    public static string OtherDocument(string code, string department) =>
        $"无法入库：项目编码 {code} 已属于本年度部门 {department} 的文档，不能再导入到另一个部门。";

    public const string NoYearAdvice = "请在项目编码中写明年度，或导入时填写年度（导入页面的“年度”栏，接口参数 year）后重新导入。";

    public const string NoRegionAdvice = "请在项目编码中写明区划，或导入时填写 6 位区划代码（导入页面的“区划代码”栏，接口参数 region）后重新导入。";

    public const string NoDepartmentAdvice = "请在各项目表填写完整的单位代码（前 3 位为部门代码）后重新导入。";

    public const string TooLongAdvice = "请改正该单元格后重新导入。";

    public const string DuplicateCodeAdvice = "请改正其中一张表的项目编码，或删除重复的表，然后重新导入。";

    public const string OtherDocumentAdvice = "请核对项目编码是否填错；如该项目确已移交本部门，请先从原部门的文档中移除它，再重新导入。";

    public static string FillCellAdvice(string cell) => $"请在该表的“{cell}”单元格填写内容后重新导入。";

    public static string Imported(string file, int added, int changed, int unchanged, int removed) =>
        $"{file}：新增 {added} 个项目，更新 {changed} 个，未变 {unchanged} 个，移除 {removed} 个";

    /// <summary>The audit's summary of an import: the projects, or the department's table when the file had no
    /// project tables, then what it kept.</summary>
    public static string Imported(string file, ImportResult result) =>
        (result.Kept.Count > 0 && result.Projects.Count == 0 && !result.DocumentCreated
            ? $"{file}：导入第一部分（部门整体绩效目标）"
            : Imported(file, result.Added, result.Changed, result.Unchanged, result.Removed))
        + string.Concat(result.Kept.Select(k => "；" + k.TrimEnd('。')));

    /// <summary>What an import keeps of <paramref name="stored"/> because the file's form lacks the
    /// <paramref name="kept"/> parts; only parts that hold something are named.</summary>
    public static IReadOnlyList<string> Kept(FormFields kept, PerformanceDocument stored)
    {
        var lines = new List<string>();
        var goals = stored.DepartmentGoals;
        if ((kept & FormFields.Part2) != 0 && stored.Projects.Count > 0)
        {
            lines.Add($"文件只含部门整体支出绩效目标表：已保存的 {stored.Projects.Count} 个项目表保持不变。");
        }

        if ((kept & FormFields.Part1) != 0)
        {
            if (!goals.IsEmpty)
            {
                lines.Add("文件只含项目绩效目标表，没有第一部分：已保存的第一部分（部门整体绩效目标）保持不变。");
            }
        }
        else
        {
            var parts = new List<string>();
            if ((kept & FormFields.SubGoals) != 0 && goals.SubGoals.Count > 0)
            {
                parts.Add($"{goals.SubGoals.Count} 项分项绩效目标");
            }

            if ((kept & FormFields.Safeguards) != 0 && goals.Safeguards.Count > 0)
            {
                parts.Add($"{goals.Safeguards.Count} 项工作保障措施");
            }

            if (parts.Count > 0)
            {
                lines.Add($"部门整体支出绩效目标表没有分项绩效目标和工作保障措施：已保存的 {string.Join("、", parts)}保持不变。");
            }
        }

        return lines;
    }

    public const string NoImportRight = "您的账号没有导入权限。";

    /// <summary>The source recorded on versions created by a form.</summary>
    public const string WebEditSource = "网页编辑";

    /// <summary>The audit action of a form save.</summary>
    public const string EditAction = "修改";

    public static string OtherRegion(string documentRegion, string ownRegion) => $"文档的财政区划 {documentRegion} 不是您负责单位所在的区划 {ownRegion}。";

    public static string ForeignTable(string unitCode, string unitName, IEnumerable<int> sequences) =>
        $"{unitCode} {unitName}（第 {string.Join("、", sequences)} 张表）";

    public static string ForeignTables(IEnumerable<string> tables, string ownUnits) =>
        $"文档中有不属于您负责单位的项目表：{string.Join("；", tables)}。您只能导入本人负责单位（{ownUnits}）的项目，请删去这些表或请管理员为您分配单位后再导入。";

    public static string MoreUnits(int count) => $" 等 {count} 个单位";

    public static string NotOwnUnit(string unitCode, string unitName) =>
        $"单位 {unitCode} {unitName} 不是您负责的单位，不能导入它的项目。";

    public static string OtherUnitsProject(string code, string unit) =>
        $"项目编码 {code} 的项目属于单位 {unit}，不是您负责的单位，不能通过导入修改、接管或移除它。";

    public const string OwnUnitsAdvice = "请只导入本人负责单位的项目表，并核对项目编码和单位代码；如该项目确需移交您的单位，请联系系统管理员。";

    public static string RemovalNotAllowed(IEnumerable<ProjectChange> removed, bool part1Emptied)
    {
        var parts = new List<string>();
        var projects = removed.Select(p => $"{p.ProjectCode}《{p.ProjectName}》").ToList();
        if (projects.Count > 0)
        {
            parts.Add($"移除 {projects.Count} 个项目（{string.Join("、", projects)}）");
        }

        if (part1Emptied)
        {
            parts.Add("清空第一部分（部门整体绩效目标）");
        }

        return $"本次导入将{string.Join("并", parts)}，未导入。";
    }

    public const string UnsafeCharacterAdvice = "请在原文件中删除该字符（常见于从网页或其他软件复制的文字），保存后重新导入。";

    public static string RemovalAdvice(string consent) => $"请核对文件是否完整；如确需移除，请加 {consent} 后重新导入。";

    /// <summary>A text over its limit (<see cref="Jixiao.Domain.Text.FieldLimits"/>), placed in the document.</summary>
    public static string TooLongText(Jixiao.Domain.Text.LimitedField f)
    {
        var where = (f.Table, f.Row) switch
        {
            ({ } t, { } r) => $"第 {t} 张项目表第 {r} 行指标的",
            ({ } t, null) => $"第 {t} 张项目表的",
            _ => "部门整体绩效目标的",
        };
        return $"无法入库：{where}{f.Field}有 {f.Value.Length} 个字符，超过 {f.Limit} 个字符的上限。";
    }

    public static string TooLongTextAdvice(string field, int limit) => $"请把{field}缩短到 {limit} 个字符以内后重新导入或保存。";
}
