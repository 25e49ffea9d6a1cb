using Jixiao.Domain.Goals;
using Jixiao.Domain.Library;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>Every rule's triggering table and near-miss table (project/row indexes are 0-based into
/// <see cref="CleanDocument"/>: project 0 = 检举举报平台经费, row 1 = 平台系统可用率, row 3 = 成本, row 6 = 满意度).</summary>
internal static class RuleCases
{
    private static readonly Func<PerformanceDocument, PerformanceDocument> Unchanged = d => d;

    public static IReadOnlyDictionary<string, RuleCase> All { get; } = Build().ToDictionary(c => c.RuleId);

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    private static Indicator Row(string l1, string l2, string name, string target, string description = "按台账统计", string basis = "计划标准：2022年工作要点") =>
        CleanDocument.Row(l1, l2, name, description, target, basis);

    /// <summary>A region library that has used every name of the clean document, 120 rows in all.</summary>
    private static DepartmentGoals DepartmentTasks(DepartmentGoals goals, decimal total) => goals with
    {
        Tasks =
        [
            new DepartmentTask { Name = "检举举报平台运维", Budget = Money.FromWanYuan(30m) },
            new DepartmentTask { Name = "纪委全会", Budget = Money.FromWanYuan(4.4m) },
        ],
        Funds = [new DepartmentFund { Label = "金额合计", Amount = Money.FromWanYuan(total) }],
    };

    private static LibraryHistory KnowsCleanNames()
    {
        var names = CleanDocument.Create().Projects.SelectMany(p => p.Indicators).Select(i => i.Name).Distinct().ToList();
        return new LibraryHistory([], [], 120, names.Select(n => (IndicatorNames.Key(n), n)));
    }

    private static LibraryHistory AvailabilityHistory()
    {
        var aggregator = new LibraryAggregator();
        foreach (var (value, i) in new[] { 98m, 99m, 99m, 99m, 99.5m, 99.5m, 99.9m, 99.9m, 100m, 100m }.Select((v, i) => (v, i)))
        {
            aggregator.Add(new IndicatorUse("130682", 2021, "222", "纪律检查委员会", i, $"P{i}", "检举举报平台经费", "A", "产出指标", "质量指标",
                "平台系统可用率", "%", Comparator.GreaterOrEqual, value, "行业标准", []));
        }

        return new LibraryHistory(aggregator.Entries().Where(e => e.RegionCode == "130682"), [], 10);
    }

    private static IEnumerable<RuleCase> Build()
    {
        // STR — structure and completeness
        yield return new("STR-01", d => d with { DepartmentGoals = new DepartmentGoals() }, Unchanged);
        yield return new("STR-02", d => d.SubGoal(0, s => s with { IndicatorText = "" }), d => d.SubGoal(0, s => s with { IndicatorText = "举报件按期办结率≥95%。" }));
        yield return new("STR-03", d => d.Project(0, p => p with { FundUse = "" }), Unchanged);
        yield return new("STR-04", d => d.Row(0, 0, x => x with { TargetBasis = " " }), Unchanged);
        yield return new("STR-05", d => d.Project(0, p => p with { MoneyUnit = "个" }), d => d.Project(0, p => p with { MoneyUnit = "万元" }));
        yield return new("STR-06", d => d.RemoveRows(0, x => x.Level1 == "满意度指标"), d => d.RemoveRows(0, x => x.Level1 == "满意度指标"))
        {
            QuietProfile = ReviewProfile.FromJson("""{ "thresholds": { "waiveSatisfaction": true } }"""),
        };
        yield return new("STR-07", d => d.RemoveRows(0, x => x.Level2 == "质量指标"), Unchanged);
        yield return new("STR-08", d => d with { TaxonomyProfile = "B" },
            d => (d with { TaxonomyProfile = "B" }).AllProjects(p => p with { Indicators = [.. p.Indicators, Row("成本指标", "经济成本指标", "项目总成本", $"≤{p.Budget}万元")] }));
        yield return new("STR-09", d => d.Row(0, 1, x => x with { Name = "平台系统可用率（≧**%）" }), d => d.Row(0, 1, x => x with { Name = "平台系统可用率（≥99%）" }));

        // TAX — taxonomy
        yield return new("TAX-01", d => d.Row(0, 0, x => x with { Level1 = "投入指标" }), d => d.Row(0, 0, x => x with { Level1 = "产出" }));
        yield return new("TAX-02", d => d.Row(0, 4, x => x with { Level2 = "数量指标" }), d => d.Row(0, 4, x => x with { Level2 = "社会效益" }));
        yield return new("TAX-03", d => d.Row(0, 5, x => x with { Level2 = "环境效益指标" }), d => d.Row(0, 5, x => x with { Level2 = "生态效益指标" }));
        yield return new("TAX-04", d => d.AddRow(1, Row("成本指标", "经济成本指标", "会议总成本", "≤2万元")), Unchanged);
        yield return new("TAX-05", d => d.Row(1, 5, x => x with { Name = "召开会议次数" }), d => d.Row(1, 5, x => x with { Name = "全会部署任务分解落实率" }));
        yield return new("TAX-06", d => d.Row(0, 6, x => x with { Name = "举报投诉率", Target = TargetValue.Parse("≤5%") }), Unchanged);
        yield return new("TAX-07", d => d.AddRow(0, Row("效益指标", "生态效益指标", "生态效益指标", "100百分比")),
            d => d.AddRow(0, Row("效益指标", "生态效益指标", "生态效益指标", "不涉及")));
        yield return new("TAX-08", d => d.Row(0, 6, x => x with { Name = "企业满意度" }),
            d => d.Row(0, 6, x => x with { Name = "企业满意度" }).Project(0, p => p with { FundUse = p.FundUse + "平台同时受理企业反映的营商环境问题。" }));

        yield return new("TAX-09", d => d.Row(0, 1, x => x with { Name = "平台系统可用比例" }), Unchanged)
        {
            TriggerSupplement = new ReviewSupplement { Library = KnowsCleanNames() },
            QuietSupplement = new ReviewSupplement { Library = KnowsCleanNames() },
        };

        // VAL — target values
        yield return new("VAL-01", d => d.Target(0, 1, "≥百分比"), d => d.Target(0, 1, "≥99%"));
        yield return new("VAL-02", d => d.Target(0, 1, "≥99"), d => d.Target(0, 1, "≥99%"));
        yield return new("VAL-03", d => d.Target(0, 0, "=12坨"), d => d.Target(0, 0, "=12个"));
        yield return new("VAL-04", d => d.Target(0, 4, "有效提升"), d => d.Target(0, 4, "通过市级验收"));
        yield return new("VAL-05", d => d.Target(0, 4, "无"), d => d.Target(0, 4, "无重大信息安全事故"));
        yield return new("VAL-06", d => d.Target(0, 1, "≥100%"), d => d.Target(0, 1, "=100%"));
        yield return new("VAL-07", d => d.Target(0, 1, "≥120%"), d => d.Row(0, 1, x => x with { Name = "网上举报量增长率", Target = TargetValue.Parse("≥120%") }));
        yield return new("VAL-08", d => d.Row(0, 1, x => x with { Name = "平台数据差错率", Target = TargetValue.Parse("≥1%") }),
            d => d.Row(0, 1, x => x with { Name = "平台数据差错率", Target = TargetValue.Parse("≤1%") }));
        yield return new("VAL-09", d => d.Target(0, 2, "2022年全年"), d => d.Target(0, 2, "≤10月底"));
        yield return new("VAL-10", d => d.AddRow(0, Row("产出指标", "质量指标", "平台系统可用率", "≥98%")), d => d.AddRow(0, Row("产出指标", "质量指标", "平台故障修复率", "≥98%")));
        yield return new("VAL-11", d => d.Target(0, 6, "=100%"), d => d.Target(0, 6, "≥95%"));
        yield return new("VAL-12", d => d.Row(0, 6, x => x with { Description = "举报人对办理结果的满意程度" }), Unchanged);

        // BAS — basis of target values
        yield return new("BAS-01", d => d.Row(0, 0, x => x with { TargetBasis = "经研究确定" }), d => d.Row(0, 0, x => x with { TargetBasis = "计划标准：经研究确定" }));
        yield return new("BAS-02", d => d.Row(0, 0, x => x with { TargetBasis = "是否合格" }), d => d.Row(0, 0, x => x with { TargetBasis = "合格率历史标准96%" }));
        yield return new("BAS-03", Unchanged, Unchanged)
        {
            TriggerSupplement = new ReviewSupplement { PriorYearActuals = [new PriorYearActual("13068222P006780100010", "举报件按期办结率", 97m)] },
            QuietSupplement = new ReviewSupplement { PriorYearActuals = [new PriorYearActual("13068222P006780100010", "举报件按期办结率", 93.6m)] },
        };
        yield return new("BAS-04", d => d.AllProjects(p => p with { Indicators = [.. p.Indicators.Select(x => x with { TargetBasis = "计划标准" })] }),
            d => d.Project(0, p => p with { Indicators = [.. p.Indicators.Select(x => x with { TargetBasis = "计划标准" })] }));

        // BAS-05: ten earlier targets of 平台系统可用率 in %: Q1 99, Q3 99.9, so the fence is 99 − max(1.5 × 0.9, 5) = 94.
        yield return new("BAS-05", d => d.Target(0, 1, "≥90%"), d => d.Target(0, 1, "≥95%"))
        {
            TriggerSupplement = new ReviewSupplement { Library = AvailabilityHistory() },
            QuietSupplement = new ReviewSupplement { Library = AvailabilityHistory() },
        };

        // FIN — money and schedule
        yield return new("FIN-01", d => d.Project(0, p => p with { FiscalFunds = Money.FromWanYuan(10m) }),
            d => d.Project(0, p => p with { FiscalFunds = Money.FromWanYuan(10m), OtherFunds = Money.FromWanYuan(2m) }));
        yield return new("FIN-02", d => d.Plan(0, 30, 20, 80, 100), d => d.Plan(0, 30, 30, 80, 100));
        yield return new("FIN-03", d => d.Plan(0, 25, 50, 75, 100).Plan(1, 25, 50, 75, 100), Unchanged);
        yield return new("FIN-04", d => d.Target(0, 3, "≤15万元"), d => d.Target(0, 3, "≤120000元"));
        yield return new("FIN-05", Unchanged, Unchanged)
        {
            TriggerSupplement = new ReviewSupplement { DeclaredProjectTotal = Money.FromWanYuan(40m) },
            QuietSupplement = new ReviewSupplement { DeclaredProjectTotal = Money.FromWanYuan(34.4m) },
        };
        yield return new("FIN-06", Unchanged, Unchanged)
        {
            TriggerProfile = ReviewProfile.FromJson("""{ "thresholds": { "largeBudgetWanYuan": 10, "minQuantitativeForLargeBudget": 8 } }"""),
            QuietProfile = ReviewProfile.FromJson("""{ "thresholds": { "largeBudgetWanYuan": 10, "minQuantitativeForLargeBudget": 6 } }"""),
        };
        yield return new("FIN-07", d => d.Target(0, 3, "=100%"), d => d.Row(0, 3, x => x with { Name = "运维费用节约率", Target = TargetValue.Parse("≥5%") }));
        // The department's tasks (30 + 4.4) against its 金额合计: 34.42 is off by more than the tolerance (0.01), 34.405 not.
        yield return new("FIN-08", d => d.Part1(g => DepartmentTasks(g, 34.42m)), d => d.Part1(g => DepartmentTasks(g, 34.405m)));

        // TXT — goal and indicator texts
        yield return new("TXT-01", d => d.AddGoal(0, "购置专用档案柜"), d => d.AddGoal(0, "平台运维服务全年12个月不间断"));
        yield return new("TXT-02", d => d.AddGoal(0, "开展举报平台日常维护工作"), d => d.AddGoal(0, "开展举报平台日常维护，确保全年稳定运行"));
        yield return new("TXT-03", d => d.AllProjects(p => p with { Indicators = d.Projects[0].Indicators }), Unchanged);
        yield return new("TXT-04", d => d.Project(0, p => p with { FundUse = "检举举报平台经费" }), Unchanged);
        yield return new("TXT-05", d => d.Goal(0, 0, "保障检举举报平台2020年全年稳定运行，系统可用率不低于99%。"),
            d => d.Goal(0, 0, "保障检举举报平台全年稳定运行，系统可用率较2021年提高1个百分点。"));
        yield return new("TXT-06", d => d.AddGoal(0, "2022年检举举报平台经费保障"), Unchanged);
        yield return new("TXT-07", d => d.Goal(0, 1, "保障检举举报平台全年稳定运行，系统可用率不低于99%。"), Unchanged);
        yield return new("TXT-08", d => d.Row(0, 1, x => x with { Description = x.Name }), Unchanged);
        yield return new("TXT-09", d => d.Row(0, 4, x => x with { Name = "社会效益指标" }), Unchanged);

        // DEP — department overall goals
        yield return new("DEP-01", Unchanged, Unchanged)
        {
            TriggerSupplement = new ReviewSupplement { DepartmentFunctions = ["组织纪检监察干部教育培训"] },
            QuietSupplement = new ReviewSupplement { DepartmentFunctions = ["监督执纪问责"] },
        };
        yield return new("DEP-02", d => d.SubGoal(1, s => s with { IndicatorText = "通过产出、效益、满意度指标评判完成度。" }), Unchanged);
        yield return new("DEP-03", Unchanged, Unchanged)
        {
            TriggerSupplement = new ReviewSupplement { SubGoalLinks = [new SubGoalLink(1, "13068222P006780100010")] },
            QuietSupplement = new ReviewSupplement
            {
                SubGoalLinks = [new SubGoalLink(1, "13068222P006780100010"), new SubGoalLink(2, "13068222P006764100018"), new SubGoalLink(3, "13068222P00661110001B")],
            },
        };
        yield return new("DEP-04", d => d.Part1(g => g with
        {
            OverallGoal = g.OverallGoal.Replace("，举报人满意度不低于90%", "", StringComparison.Ordinal),
            SubGoals = [.. g.SubGoals.Select(s => s with { IndicatorText = s.IndicatorText.Replace("；举报人满意度≥90%", "", StringComparison.Ordinal) })],
        }), Unchanged);

        // COD — codes
        yield return new("COD-01", d => d.Project(0, p => p with { ProjectCode = "13068222P0067" }), Unchanged);
        yield return new("COD-02", d => d.Project(0, p => p with { ProjectCode = "13068225P006780100010" }), d => d.Project(0, p => p with { ProjectCode = "13068220P006780100010" }));
        yield return new("COD-03", d => d.Project(0, p => p with { ProjectCode = "13068322P006780100010" }), d => d.Project(0, p => p with { ProjectCode = "13000022P006780100010" }));
        yield return new("COD-04", d => d.Project(0, p => p with { UnitCode = "223001" }), d => d.Project(0, p => p with { UnitCode = "222001" }));
        yield return new("COD-05", d => d.Project(1, p => p with { ProjectCode = "13068222P006780100010" }), Unchanged);
    }
}
