using Jixiao.Domain.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Workflow.CarryOver;

/// <summary>
/// 延续项目: builds next year's draft from this year's document. Everything is kept — projects and their codes,
/// money, spending plans, goals and indicator rows — because a continuing project's table changes little; but
/// every indicator is marked 待复核 (its target was set for last year's tasks), with specific reasons where a
/// rule of DOMAIN.md §11 points at a weak target, and every text naming a year other than the new one is marked
/// (TXT-05). Project codes are kept as they are; the integrated budget system may issue new codes for the new
/// year, which then replace them on import.
/// </summary>
public static partial class NextYearDraft
{
    // Broader than TXT-05 on purpose: in a carried-over text even a baseline ("较2021年") should move with the year,
    // so every year other than the new fiscal year is marked.
    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearPattern();

    /// <param name="current">This year's document.</param>
    /// <param name="profile">The review profile whose word lists decide what is a placeholder (VAL-05) and what
    /// depends on last year's value (BAS-03); the built-in default when null.</param>
    /// <exception cref="ArgumentException">The document has no fiscal year (callers check first and ask for one).</exception>
    public static CarryOverResult Build(PerformanceDocument current, ReviewProfile? profile = null)
    {
        if (current.FiscalYear <= 0)
        {
            throw new ArgumentException("文档没有年度，无法生成下一年度草稿；请先指定年度。", nameof(current));
        }

        var words = (profile ?? ReviewProfile.Default).Words;
        var year = current.FiscalYear + 1;
        var marks = new List<RevisitMark>();
        var title = current.Title;
        if (title.Contains(Year(current.FiscalYear) + "年", StringComparison.Ordinal))
        {
            title = title.Replace(Year(current.FiscalYear) + "年", Year(year) + "年", StringComparison.Ordinal);
            marks.Add(new(string.Empty, null, "标题", RevisitReason.TitleYearChanged,
                $"标题中的年度已由{current.FiscalYear}年改为{year}年，请核对标题。"));
        }

        MarkDepartmentGoals(current.DepartmentGoals, year, marks);
        foreach (var project in current.Projects)
        {
            MarkProject(project, current.FiscalYear, year, words, marks);
        }

        var draft = current with { Title = title, FiscalYear = year };
        return new CarryOverResult(draft, marks);
    }

    private static void MarkDepartmentGoals(DepartmentGoals goals, int year, List<RevisitMark> marks)
    {
        MarkYears(string.Empty, null, "总体绩效目标", goals.OverallGoal, year, marks);
        for (var i = 0; i < goals.SubGoals.Count; i++)
        {
            MarkYears(string.Empty, null, $"分项绩效目标[{i + 1}].绩效目标", goals.SubGoals[i].GoalText, year, marks);
            MarkYears(string.Empty, null, $"分项绩效目标[{i + 1}].绩效指标", goals.SubGoals[i].IndicatorText, year, marks);
        }

        for (var i = 0; i < goals.Safeguards.Count; i++)
        {
            MarkYears(string.Empty, null, $"工作保障措施[{i + 1}]", goals.Safeguards[i].Text, year, marks);
        }
    }

    private static void MarkProject(BudgetProject project, int previousYear, int year, ReviewWords words, List<RevisitMark> marks)
    {
        var code = project.ProjectCode;
        if (ProjectCode.YearOf(code) is { } codeYear && codeYear != year)
        {
            marks.Add(new(code, null, ReviewFields.ProjectCode, RevisitReason.ProjectCode,
                $"项目编码沿用{codeYear}年的编码（第7、8位为“{codeYear % 100:00}”）；一体化系统可能为{year}年的延续项目另行下达编码，请以系统下达的编码为准。"));
        }

        marks.Add(new(code, null, ReviewFields.Budget, RevisitReason.Budget,
            $"预算数（{project.Budget}万元）和资金支出计划沿用{previousYear}年，请按{year}年预算安排重新填写。"));
        MarkYears(code, null, ReviewFields.ProjectName, project.ProjectName, year, marks);
        MarkYears(code, null, ReviewFields.FundUse, project.FundUse, year, marks);
        foreach (var goal in project.Goals)
        {
            MarkYears(code, null, $"绩效目标[{goal.Number}]", goal.Text, year, marks);
        }

        for (var i = 0; i < project.Indicators.Count; i++)
        {
            MarkIndicator(project, i + 1, project.Indicators[i], (previousYear, year), words, marks);
        }
    }

    private static void MarkIndicator(BudgetProject project, int row, Indicator indicator, (int Previous, int Next) years, ReviewWords words, List<RevisitMark> marks)
    {
        var (previousYear, year) = years;
        var code = project.ProjectCode;
        var target = indicator.Target;
        var name = indicator.Name.Length > 0 ? $"“{indicator.Name}”" : $"第{row}行";
        marks.Add(new(code, row, ReviewFields.Target, RevisitReason.CarriedTarget,
            $"待复核：指标{name}的指标值“{target.Text.Trim()}”沿用{previousYear}年，请按{year}年的任务和上年完成情况确认。"));

        if (target.Kind == TargetKind.Empty)
        {
            marks.Add(new(code, row, ReviewFields.Target, RevisitReason.EmptyTarget, $"指标{name}没有指标值，请填写可衡量的目标值。"));
        }
        else if (IsPlaceholder(target, words))
        {
            marks.Add(new(code, row, ReviewFields.Target, RevisitReason.Placeholder,
                $"指标{name}的指标值“{target.Text.Trim()}”是占位内容，请填写实际目标值，或删除不适用的指标{RuleNames("VAL-05")}。"));
        }
        else if (target.IsPercent && target.Number == 100m)
        {
            marks.Add(new(code, row, ReviewFields.Target, RevisitReason.FullTarget, $"指标{name}的指标值为100%：" + FullTargetAdvice(indicator, project)));
        }
        else if (target.Kind is TargetKind.Qualitative or TargetKind.Invalid)
        {
            marks.Add(new(code, row, ReviewFields.Target, RevisitReason.Qualitative,
                $"指标{name}的指标值“{target.Text.Trim()}”为定性表述，请细化量化，或写明可检验的评判标准{RuleNames("VAL-04")}。"));
        }

        if (NeedsPriorYear(indicator, words))
        {
            marks.Add(new(code, row, ReviewFields.Basis, RevisitReason.PriorYearData,
                $"指标{name}要与上年水平比较，需要{previousYear}年的实际完成值（可取自{previousYear}年绩效自评），新目标应体现比上年实际有所改进{RuleNames("BAS-03")}。"));
        }

        MarkYears(code, row, ReviewFields.Name, indicator.Name, year, marks);
        MarkYears(code, row, ReviewFields.Description, indicator.Description, year, marks);
        MarkYears(code, row, ReviewFields.Target, target.Text, year, marks);
        MarkYears(code, row, ReviewFields.Basis, indicator.TargetBasis, year, marks);
    }

    private static bool IsPlaceholder(TargetValue target, ReviewWords words)
    {
        var key = ChineseText.Key(target.Text);
        return target.Kind == TargetKind.Placeholder || words.Placeholders.Contains(key) || ReviewText.ContainsAny(key, words.NotApplicable);
    }

    /// <summary>A historical basis (历史标准, 上年 …) or a growth-type indicator (增长, 同比, 增加值 …) is measured
    /// against last year, so its new target needs last year's actual value.</summary>
    private static bool NeedsPriorYear(Indicator indicator, ReviewWords words) =>
        ReviewText.ContainsAny(indicator.TargetBasis + "|" + indicator.Description, words.HistoricalBasisWords)
        || ReviewText.ContainsAny(indicator.Name, words.UnboundedRateWords);

    /// <summary>What a 100% target means depends on the indicator: unverifiable for satisfaction, meaningless for
    /// cost and benefit rows (the seed fills every row with 100百分比), plausible but to be checked for a rate.</summary>
    private static string FullTargetAdvice(Indicator indicator, BudgetProject project)
    {
        var label = indicator.Level2 + indicator.Name;
        if (label.Contains("满意", StringComparison.Ordinal))
        {
            return $"满意度很难达到100%，也难以验证，请按上年调查结果设定可实现的目标，并写明调查方式{RuleNames("VAL-11", "VAL-12")}。";
        }

        if (label.Contains("成本", StringComparison.Ordinal))
        {
            return $"成本指标应以金额表示，例如“≤{project.Budget}万元”，并与预算数相符{RuleNames("FIN-04")}。";
        }

        if (indicator.Level1.Contains("效益", StringComparison.Ordinal) || label.Contains("效益", StringComparison.Ordinal))
        {
            return "效益指标用100%表示时看不出衡量什么，请写明可检验的效益目标（如数量、比率及其口径）。";
        }

        return $"请对照上年实际完成值确认是否合理；完成率类指标“≥100%”等同于“=100%”{RuleNames("VAL-06")}。";
    }

    private static void MarkYears(string code, int? row, string field, string text, int year, List<RevisitMark> marks)
    {
        var others = YearPattern().Matches(text).Select(m => m.Groups[1].Value).Where(y => y != Year(year)).Distinct().ToList();
        if (others.Count == 0)
        {
            return;
        }

        var years = string.Join("、", others.Select(y => y + "年"));
        marks.Add(new(code, row, field, RevisitReason.MentionsOtherYear,
            $"“{Excerpt(text, others[0])}”提到{years}，与新年度{year}年不符，请核对是否应改为{year}年{RuleNames("TXT-05")}。"));
    }

    private static string Excerpt(string text, string year)
    {
        const int Around = 12;
        var at = text.IndexOf(year, StringComparison.Ordinal);
        var start = Math.Max(0, at - Around);
        var end = Math.Min(text.Length, at + year.Length + Around);
        return (start > 0 ? "…" : string.Empty) + text[start..end].Trim() + (end < text.Length ? "…" : string.Empty);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The Chinese titles of the review rules a piece of advice rests on, as users know them from the review
    /// list (rule codes are never shown).</summary>
    private static string RuleNames(params string[] ids) =>
        "（审核规则：" + string.Join("；", ids.Select(id => ReviewRules.All.Single(r => r.Id == id).Title)) + "）";
}
