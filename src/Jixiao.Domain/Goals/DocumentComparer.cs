using System.Globalization;

namespace Jixiao.Domain.Goals;

/// <summary>
/// Field-by-field differences between two documents, with a readable path for each
/// ("项目[3]《纪委全会经费》.指标[2].指标值: “100百分比” → “≥100百分比”"). Used by round-trip tests, by
/// versioned imports to say what changed, and by the web page that compares versions.
/// </summary>
public static class DocumentComparer
{
    public static IReadOnlyList<string> Compare(PerformanceDocument before, PerformanceDocument after) =>
        [.. Differences(before, after).Select(d => d.ToString())];

    public static IReadOnlyList<FieldDifference> Differences(PerformanceDocument before, PerformanceDocument after)
    {
        var diffs = new List<FieldDifference>();
        Field(diffs, "标题", before.Title, after.Title);
        Field(diffs, "年度", before.FiscalYear, after.FiscalYear);
        Field(diffs, "年度来源", before.FiscalYearSource, after.FiscalYearSource);
        Field(diffs, "区划", before.RegionCode, after.RegionCode);
        Field(diffs, "区划来源", before.RegionSource, after.RegionSource);
        Field(diffs, "部门代码", before.DepartmentCode, after.DepartmentCode);
        Field(diffs, "部门名称", before.DepartmentName, after.DepartmentName);
        Field(diffs, "金额单位", before.MoneyUnit, after.MoneyUnit);
        Field(diffs, "指标体系", before.TaxonomyProfile, after.TaxonomyProfile);
        Field(diffs, "表式未设部分", before.FormLacks.Names(), after.FormLacks.Names());
        CompareDepartmentGoals(diffs, before.DepartmentGoals, after.DepartmentGoals);
        Field(diffs, "项目数", before.Projects.Count, after.Projects.Count);
        for (var i = 0; i < Math.Min(before.Projects.Count, after.Projects.Count); i++)
        {
            diffs.AddRange(ProjectDifferences(before.Projects[i], after.Projects[i], $"项目[{i + 1}]《{before.Projects[i].ProjectName}》"));
        }

        return diffs;
    }

    public static IReadOnlyList<string> CompareProjects(BudgetProject a, BudgetProject b, string path = "项目") =>
        [.. ProjectDifferences(a, b, path).Select(d => d.ToString())];

    /// <summary>
    /// The differences of two versions of a project, field by field. With <paramref name="includeAddedRows"/>, goals
    /// and indicator rows present in only one version are listed field by field against an empty row (what the audit
    /// trail needs: nothing of an added or removed row may be lost); otherwise only the changed count is listed.
    /// An empty <paramref name="path"/> gives paths relative to the project ("指标[2].指标值").
    /// </summary>
    public static IReadOnlyList<FieldDifference> ProjectDifferences(BudgetProject a, BudgetProject b, string path = "项目", bool includeAddedRows = false)
    {
        var diffs = new List<FieldDifference>();
        Field(diffs, Join(path, "序号"), a.Sequence, b.Sequence);
        Field(diffs, Join(path, "单位代码"), a.UnitCode, b.UnitCode);
        Field(diffs, Join(path, "单位名称"), a.UnitName, b.UnitName);
        Field(diffs, Join(path, "金额单位"), a.MoneyUnit, b.MoneyUnit);
        Field(diffs, Join(path, "项目编码"), a.ProjectCode, b.ProjectCode);
        Field(diffs, Join(path, "项目名称"), a.ProjectName, b.ProjectName);
        Field(diffs, Join(path, "预算数"), a.Budget, b.Budget);
        Field(diffs, Join(path, "财政资金"), a.FiscalFunds, b.FiscalFunds);
        Field(diffs, Join(path, "其他资金"), a.OtherFunds, b.OtherFunds);
        Field(diffs, Join(path, "资金用途"), a.FundUse, b.FundUse);
        Field(diffs, Join(path, "资金支出计划"), Plan(a.SpendingPlan), Plan(b.SpendingPlan));
        Field(diffs, Join(path, "绩效目标数"), a.Goals.Count, b.Goals.Count);
        var goals = includeAddedRows ? Math.Max(a.Goals.Count, b.Goals.Count) : Math.Min(a.Goals.Count, b.Goals.Count);
        for (var i = 0; i < goals; i++)
        {
            Field(diffs, Join(path, $"绩效目标[{i + 1}]"), GoalText(a.Goals, i), GoalText(b.Goals, i));
        }

        Field(diffs, Join(path, "指标数"), a.Indicators.Count, b.Indicators.Count);
        var rows = includeAddedRows ? Math.Max(a.Indicators.Count, b.Indicators.Count) : Math.Min(a.Indicators.Count, b.Indicators.Count);
        for (var i = 0; i < rows; i++)
        {
            var x = i < a.Indicators.Count ? a.Indicators[i] : EmptyIndicator;
            var y = i < b.Indicators.Count ? b.Indicators[i] : EmptyIndicator;
            CompareIndicator(diffs, Join(path, $"指标[{i + 1}]"), x, y);
        }

        Field(diffs, Join(path, "表头其他内容"), Labeled(a.Extras), Labeled(b.Extras));

        // What the form lacks decides what the review asks of the table: a table that arrives in another form is a
        // new version, so the stored review judges it as the review at import did.
        Field(diffs, Join(path, "表式未设栏目"), a.FormLacks.Names(), b.FormLacks.Names());
        return diffs;
    }

    private static readonly Indicator EmptyIndicator = new();

    private static void CompareIndicator(List<FieldDifference> diffs, string p, Indicator x, Indicator y)
    {
        Field(diffs, p + ".一级指标", x.Level1, y.Level1);
        Field(diffs, p + ".二级指标", x.Level2, y.Level2);
        Field(diffs, p + ".三级指标", x.Name, y.Name);
        Field(diffs, p + ".绩效指标描述", x.Description, y.Description);
        Field(diffs, p + ".指标值", x.Target.Text, y.Target.Text);
        Field(diffs, p + ".指标值确定依据", x.TargetBasis, y.TargetBasis);
        Field(diffs, p + ".分值", Weight(x.Weight), Weight(y.Weight));
        Field(diffs, p + ".评分标准", Labeled(x.Standards), Labeled(y.Standards));
        Field(diffs, p + ".其他列", Labeled(x.Extras), Labeled(y.Extras));
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string GoalText(IReadOnlyList<Goal> goals, int i) =>
        i < goals.Count ? $"{goals[i].Number}.{goals[i].Text}" : string.Empty;

    private static void CompareDepartmentGoals(List<FieldDifference> diffs, DepartmentGoals a, DepartmentGoals b)
    {
        Field(diffs, "总体绩效目标", a.OverallGoal, b.OverallGoal);
        Field(diffs, "分项绩效目标数", a.SubGoals.Count, b.SubGoals.Count);
        for (var i = 0; i < Math.Min(a.SubGoals.Count, b.SubGoals.Count); i++)
        {
            var p = $"分项绩效目标[{i + 1}]";
            Field(diffs, p + ".序号", a.SubGoals[i].Number, b.SubGoals[i].Number);
            Field(diffs, p + ".标题", a.SubGoals[i].Title, b.SubGoals[i].Title);
            Field(diffs, p + ".绩效目标", a.SubGoals[i].GoalText, b.SubGoals[i].GoalText);
            Field(diffs, p + ".绩效指标", a.SubGoals[i].IndicatorText, b.SubGoals[i].IndicatorText);
        }

        Field(diffs, "工作保障措施数", a.Safeguards.Count, b.Safeguards.Count);
        for (var i = 0; i < Math.Min(a.Safeguards.Count, b.Safeguards.Count); i++)
        {
            var p = $"工作保障措施[{i + 1}]";
            Field(diffs, p + ".序号", a.Safeguards[i].Number, b.Safeguards[i].Number);
            Field(diffs, p + ".标题", a.Safeguards[i].Title, b.Safeguards[i].Title);
            Field(diffs, p + ".内容", a.Safeguards[i].Text, b.Safeguards[i].Text);
        }

        CompareDepartmentTable(diffs, a, b);
    }

    /// <summary>The 部门整体支出绩效目标表 row by row, as a clerk finds it in the form: "部门整体绩效目标表 指标[2].指标值"
    /// (said "部门整体绩效目标表 第2行 指标值"), "部门整体绩效目标表 年度主要任务[1].财政拨款". A row present in one
    /// version only is listed field by field against an empty row: the audit trail keeps what was added or removed.</summary>
    private static void CompareDepartmentTable(List<FieldDifference> diffs, DepartmentGoals a, DepartmentGoals b)
    {
        const string table = "部门整体绩效目标表 ";
        Field(diffs, table + "部门职能", a.Duties, b.Duties);
        Field(diffs, table + "年度主要任务数", a.Tasks.Count, b.Tasks.Count);
        for (var i = 0; i < Math.Max(a.Tasks.Count, b.Tasks.Count); i++)
        {
            var (x, y, p) = (At(a.Tasks, i) ?? EmptyTask, At(b.Tasks, i) ?? EmptyTask, $"{table}年度主要任务[{i + 1}].");
            Field(diffs, p + "任务名称", x.Name, y.Name);
            Field(diffs, p + "主要内容", x.Content, y.Content);
            Field(diffs, p + "预算金额", Amount(x.Budget), Amount(y.Budget));
            Field(diffs, p + "财政拨款", Amount(x.FiscalFunds), Amount(y.FiscalFunds));
            Field(diffs, p + "其他资金", Amount(x.OtherFunds), Amount(y.OtherFunds));
        }

        Field(diffs, table + "资金行数", a.Funds.Count, b.Funds.Count);
        for (var i = 0; i < Math.Max(a.Funds.Count, b.Funds.Count); i++)
        {
            var (x, y, p) = (At(a.Funds, i) ?? EmptyFund, At(b.Funds, i) ?? EmptyFund, $"{table}资金[{i + 1}].");
            Field(diffs, p + "构成", x.Group, y.Group);
            Field(diffs, p + "项目", x.Label, y.Label);
            Field(diffs, p + "金额", Amount(x.Amount), Amount(y.Amount));
            Field(diffs, p + "占比", x.Share, y.Share);
        }

        Field(diffs, table + "指标数", a.Indicators.Count, b.Indicators.Count);
        for (var i = 0; i < Math.Max(a.Indicators.Count, b.Indicators.Count); i++)
        {
            CompareIndicator(diffs, $"{table}指标[{i + 1}]", At(a.Indicators, i) ?? EmptyIndicator, At(b.Indicators, i) ?? EmptyIndicator);
        }
    }

    private static readonly DepartmentTask EmptyTask = new();

    private static readonly DepartmentFund EmptyFund = new();

    private static T? At<T>(IReadOnlyList<T> rows, int i) where T : class => i < rows.Count ? rows[i] : null;

    private static string Amount(Money? money) => money?.WanYuan.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Weight(decimal? weight) => weight?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Labeled(IReadOnlyList<LabeledText> values) => string.Join("；", values.Select(v => $"{v.Label}：{v.Text}"));

    private static string Plan(SpendingPlan plan) =>
        string.Join(" ", plan.Checkpoints.Select(c => $"{c.Month}月底{c.CumulativePercent.ToString(CultureInfo.InvariantCulture)}%"));

    private static void Field<T>(List<FieldDifference> diffs, string path, T a, T b)
    {
        if (!EqualityComparer<T>.Default.Equals(a, b))
        {
            diffs.Add(new FieldDifference(path, a?.ToString() ?? string.Empty, b?.ToString() ?? string.Empty));
        }
    }
}
