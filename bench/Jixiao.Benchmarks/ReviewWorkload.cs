using Jixiao.Domain.Goals;

namespace Jixiao.Benchmarks;

/// <summary>
/// Generates a department document with many project tables for the review benchmark: one table in four is the
/// seed's template (9 rows, 100%, "是否合格", goals repeating the name); the others are varied, mostly well-set tables
/// of 21 rows. On average 18 rows per table, so 100,000 tables ≈ 1.8 million indicator rows. Deterministic.
/// </summary>
public static class ReviewWorkload
{
    private static readonly string[] Subjects =
    [
        "信访举报", "廉政教育", "监督检查", "案件审理", "巡察", "派驻机构", "留置场所", "专网运维", "档案管理", "干部培训",
        "宣传教育", "警示教育", "纪委全会", "专项治理", "作风督查", "执纪审查", "平台建设", "信息化", "安保", "后勤保障",
    ];

    private static readonly (string Level1, string Level2, string Name, string Unit)[] GoodRows =
    [
        ("产出指标", "数量指标", "开展检查次数", "次"), ("产出指标", "数量指标", "培训人次", "人次"), ("产出指标", "数量指标", "印发材料份数", "份"),
        ("产出指标", "数量指标", "受理举报件数", "件"), ("产出指标", "数量指标", "覆盖单位数", "个"), ("产出指标", "质量指标", "验收合格率", "%"),
        ("产出指标", "质量指标", "卷宗整理合格率", "%"), ("产出指标", "质量指标", "问题整改完成率", "%"), ("产出指标", "质量指标", "系统可用率", "%"),
        ("产出指标", "时效指标", "按期办结率", "%"), ("产出指标", "时效指标", "完成时间", "月底"), ("产出指标", "时效指标", "资金支付及时率", "%"),
        ("产出指标", "成本指标", "项目总成本", "万元"), ("产出指标", "成本指标", "人均培训成本", "元"), ("效益指标", "社会效益指标", "网上举报占比", "%"),
        ("效益指标", "社会效益指标", "群众知晓率", "%"), ("效益指标", "可持续影响指标", "制度覆盖率", "%"), ("效益指标", "可持续影响指标", "数据归档率", "%"),
        ("效益指标", "社会效益指标", "违纪问题发生率", "%"), ("满意度指标", "服务对象满意度指标", "服务对象满意度", "%"), ("满意度指标", "服务对象满意度指标", "参训人员满意度", "%"),
    ];

    private static readonly (string Level1, string Level2, string Name, string Basis)[] SeedRows =
    [
        ("产出指标", "数量指标", "完成数量", "是否合格"), ("产出指标", "质量指标", "质量达标率", "是否达标"), ("产出指标", "时效指标", "工作完成的时效", "是否完成"),
        ("产出指标", "成本指标", "成本控制", "是否合格"), ("效益指标", "经济效益指标", "经济效益指标", "是否合格"), ("效益指标", "社会效益指标", "社会影响力", "是否合格"),
        ("效益指标", "生态效益指标", "生态效益增长率", "是否合格"), ("效益指标", "可持续影响指标", "可持续性", "是否可持续"), ("满意度指标", "服务对象满意度指标", "企业满意度", "是否满意"),
    ];

    private static readonly string[] Bases = ["计划标准：年度工作要点", "历史标准：上年实际完成值", "行业标准：省级考核办法", "计划标准：预算批复数", "其他标准：财政部门认可的测算"];

    public static PerformanceDocument Generate(int tables)
    {
        var targets = new Dictionary<string, TargetValue>(StringComparer.Ordinal);
        TargetValue Target(string text) => targets.TryGetValue(text, out var t) ? t : targets[text] = TargetValue.Parse(text);

        var projects = new BudgetProject[tables];
        for (var i = 0; i < tables; i++)
        {
            var subject = Subjects[i % Subjects.Length];
            var name = $"{subject}经费{i}";
            var budget = Money.FromWanYuan(5m + (i % 200));
            var seedLike = i % 4 == 0;
            projects[i] = new BudgetProject
            {
                Sequence = i + 1,
                UnitCode = "222001",
                UnitName = "纪律检查委员会本级",
                ProjectCode = $"13068222P{i:D11}0",
                ProjectName = name,
                Budget = budget,
                FiscalFunds = budget,
                FundUse = seedLike ? name : $"用于{subject}工作的委托服务费、印刷费和差旅费",
                SpendingPlan = Plan(seedLike ? [25m, 50m, 75m, 100m] : [10m + (i % 20), 40m, 80m, 100m]),
                Goals = seedLike
                    ? [new Goal(1, name), new Goal(2, name), new Goal(3, $"2022年{name}保障")]
                    : [new Goal(1, $"开展{subject}工作，覆盖单位不少于{10 + (i % 30)}个"), new Goal(2, $"{subject}问题整改完成率达到95%以上，服务对象满意度不低于90%")],
                Indicators = seedLike ? SeedTable(Target) : GoodTable(i, budget, Target),
            };
        }

        return new PerformanceDocument
        {
            FiscalYear = 2022,
            FiscalYearSource = ValueSource.ProjectCode,
            RegionCode = "130682",
            RegionSource = ValueSource.ProjectCode,
            DepartmentCode = "222",
            DepartmentName = "纪律检查委员会",
            DepartmentGoals = new DepartmentGoals
            {
                OverallGoal = "保障监督执纪问责各项工作，预算支出执行率不低于95%，群众满意度不低于90%。",
                SubGoals = [.. Subjects.Select((s, k) => new SubGoal { Number = k + 1, Title = s, GoalText = $"做好{s}工作。", IndicatorText = $"{s}完成率≥95%。" })],
                Safeguards = [.. Subjects.Select((s, k) => new Safeguard { Number = k + 1, Title = s, Text = $"落实{s}工作责任。" })],
            },
            Projects = projects,
        };
    }

    private static SpendingPlan Plan(decimal[] percents) =>
        new(SpendingPlan.HebeiMonths.Zip(percents, (m, p) => new SpendingCheckpoint(m, p)));

    private static Indicator[] SeedTable(Func<string, TargetValue> target) =>
        [.. SeedRows.Select(r => new Indicator { Level1 = r.Level1, Level2 = r.Level2, Name = r.Name, Description = r.Name, Target = target("100百分比"), TargetBasis = r.Basis })];

    private static Indicator[] GoodTable(int i, Money budget, Func<string, TargetValue> target)
    {
        var rows = new Indicator[GoodRows.Length];
        for (var j = 0; j < rows.Length; j++)
        {
            var (l1, l2, name, unit) = GoodRows[j];
            var text = unit switch
            {
                "%" when name.Contains("发生率", StringComparison.Ordinal) => $"≤{1 + ((i + j) % 5)}%",
                "%" => $"≥{85 + ((i + j) % 14)}%",
                "万元" => $"≤{budget.ToWanYuanString()}万元",
                "元" => $"≤{500 + (i % 500)}元",
                "月底" => $"≤{6 + (i % 6)}月底",
                _ => $"≥{1 + ((i * 31 + j) % 400)}{unit}",
            };
            rows[j] = new Indicator
            {
                Level1 = l1,
                Level2 = l2,
                Name = name,
                Description = $"{name}，按台账和抽样调查统计",
                Target = target(text),
                TargetBasis = Bases[(i + j) % Bases.Length],
            };
        }

        return rows;
    }
}
