using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Text;

/// <summary>
/// The longest text each field of the goal tables and the app's own forms may hold — the one place these limits are
/// set; import, forms and API all check against it. Names follow the room the official goal table gives a name
/// cell; long texts are well above the longest published cells seen (about 250 characters for a 保障措施 paragraph),
/// so real tables always fit while a 100,000-character cell is refused.
/// </summary>
public static class FieldLimits
{
    /// <summary>项目名称, 单位名称, 部门名称.</summary>
    public const int Name = 100;

    /// <summary>一级、二级、三级指标.</summary>
    public const int IndicatorName = 100;

    /// <summary>指标值 (a number with its unit, or a short phrase).</summary>
    public const int TargetValue = 200;

    /// <summary>指标值设定依据, 指标解释, 评分标准, 备注 and other cells of an indicator row.</summary>
    public const int RowText = 2000;

    /// <summary>资金用途, 绩效目标, 总体目标, 分项目标, 保障措施: paragraphs.</summary>
    public const int Paragraph = 5000;

    /// <summary>审核意见, 回复, 退回理由, 说明.</summary>
    public const int Comment = 2000;

    /// <summary>用户名 (sign-in name).</summary>
    public const int UserName = 64;

    /// <summary>姓名 shown for a user.</summary>
    public const int DisplayName = 50;

    /// <summary>Every limited text of a document, with the table (project sequence) and indicator row it sits in.</summary>
    public static IEnumerable<LimitedField> Of(PerformanceDocument document)
    {
        yield return new(null, null, "部门名称", document.DepartmentName, Name);
        yield return new(null, null, "总体目标", document.DepartmentGoals.OverallGoal, Paragraph);
        foreach (var s in document.DepartmentGoals.SubGoals)
        {
            yield return new(null, null, $"分项目标{s.Number}", s.Title, Paragraph);
            yield return new(null, null, $"分项目标{s.Number}的目标", s.GoalText, Paragraph);
            yield return new(null, null, $"分项目标{s.Number}的指标", s.IndicatorText, Paragraph);
        }

        foreach (var s in document.DepartmentGoals.Safeguards)
        {
            yield return new(null, null, $"保障措施{s.Number}", s.Title + s.Text, Paragraph);
        }

        foreach (var project in document.Projects)
        {
            foreach (var field in Of(project))
            {
                yield return field;
            }
        }
    }

    public static IEnumerable<LimitedField> Of(BudgetProject project)
    {
        var t = project.Sequence;
        yield return new(t, null, "项目名称", project.ProjectName, Name);
        yield return new(t, null, "单位名称", project.UnitName, Name);
        yield return new(t, null, "资金用途", project.FundUse, Paragraph);
        foreach (var g in project.Goals)
        {
            yield return new(t, null, "绩效目标", g.Text, Paragraph);
        }

        foreach (var e in project.Extras)
        {
            yield return new(t, null, e.Label, e.Text, Paragraph);
        }

        for (var i = 0; i < project.Indicators.Count; i++)
        {
            var row = project.Indicators[i];
            yield return new(t, i + 1, "一级指标", row.Level1, IndicatorName);
            yield return new(t, i + 1, "二级指标", row.Level2, IndicatorName);
            yield return new(t, i + 1, "三级指标", row.Name, IndicatorName);
            yield return new(t, i + 1, "指标值", row.Target.Text, TargetValue);
            yield return new(t, i + 1, "指标值设定依据", row.TargetBasis, RowText);
            yield return new(t, i + 1, "指标解释", row.Description, RowText);
            foreach (var s in row.Standards.Concat(row.Extras))
            {
                yield return new(t, i + 1, s.Label, s.Text, RowText);
            }
        }
    }

    /// <summary>The first field over its limit, or null.</summary>
    public static LimitedField? FirstOverlong(IEnumerable<LimitedField> fields) => fields.FirstOrDefault(f => f.Value.Length > f.Limit);

    /// <summary>"…有 N 个字符，超过 M 个字符的上限。" for a form field or an API property.</summary>
    public static string TooLong(string field, int length, int limit) => $"{field}有 {length} 个字符，超过 {limit} 个字符的上限，请缩短后再保存。";
}
