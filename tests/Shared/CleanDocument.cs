using Jixiao.Domain.Goals;

namespace Jixiao.Tests;

/// <summary>
/// A well-set goals document written by the team: the same county discipline commission as the seed, three of its
/// projects rewritten the way a reviewer wants them — goals that say what the money achieves, measurable targets,
/// real bases (plan, industry, history), indicators that belong to the project, spending plans that follow the work.
/// Every rule test starts from it and breaks one thing.
/// </summary>
internal static class CleanDocument
{
    public static PerformanceDocument Create() => new()
    {
        Title = "纪律检查委员会2022年部门预算绩效文本",
        FiscalYear = 2022,
        FiscalYearSource = ValueSource.Title,
        RegionCode = "130682",
        RegionSource = ValueSource.ProjectCode,
        DepartmentCode = "222",
        DepartmentName = "纪律检查委员会",
        TaxonomyProfile = "A",
        DepartmentGoals = new DepartmentGoals
        {
            OverallGoal = "2022年围绕监督执纪问责职责，保障检举举报平台全年稳定运行，举报件按期办结率不低于95%；召开市纪委全会1次，部署全年党风廉政建设任务；"
                + "保障办案辅助人员6人到岗，提高办案质量；年度预算支出执行率不低于95%，举报人满意度不低于90%。",
            SubGoals =
            [
                new SubGoal { Number = 1, Title = "信访举报", GoalText = "保障检举举报平台全年稳定运行，受理的检举举报件按期办结。", IndicatorText = "平台系统可用率≥99%；举报件按期办结率≥95%；举报人满意度≥90%。" },
                new SubGoal { Number = 2, Title = "党风廉政建设", GoalText = "召开市纪委全会，部署全年党风廉政建设任务。", IndicatorText = "召开全会1次；全会部署任务分解落实率≥95%。" },
                new SubGoal { Number = 3, Title = "办案保障", GoalText = "保障劳务派遣人员到岗，提高案件卷宗整理质量。", IndicatorText = "劳务派遣人员6人；案件卷宗整理合格率≥95%。" },
            ],
            Safeguards =
            [
                new Safeguard { Number = 1, Title = "信访举报", Text = "与运维单位签订服务合同，按月考核平台可用率；举报件实行台账管理，每周通报办结进度。" },
                new Safeguard { Number = 2, Title = "党风廉政建设", Text = "全会前印发任务分解方案，会后一个月内检查各单位落实情况。" },
                new Safeguard { Number = 3, Title = "办案保障", Text = "按劳务派遣合同管理人员考勤，卷宗整理实行案管室抽查制度。" },
            ],
        },
        Projects = [ReportingPlatform(), PlenaryMeeting(), AgencyStaff()],
    };

    public static Indicator Row(string level1, string level2, string name, string description, string target, string basis) => new()
    {
        Level1 = level1,
        Level2 = level2,
        Name = name,
        Description = description,
        Target = TargetValue.Parse(target),
        TargetBasis = basis,
    };

    private static SpendingPlan Plan(params decimal[] percents) =>
        new(SpendingPlan.HebeiMonths.Zip(percents, (m, p) => new SpendingCheckpoint(m, p)));

    private static BudgetProject ReportingPlatform() => new()
    {
        Sequence = 1,
        UnitCode = "222001",
        UnitName = "纪律检查委员会本级",
        ProjectCode = "13068222P006780100010",
        ProjectName = "检举举报平台经费",
        Budget = Money.FromWanYuan(12m),
        FiscalFunds = Money.FromWanYuan(12m),
        FundUse = "支付检举举报平台运维服务费10万元、专网线路租赁费2万元。",
        SpendingPlan = Plan(30, 55, 80, 100),
        Goals =
        [
            new Goal(1, "保障检举举报平台全年稳定运行，系统可用率不低于99%。"),
            new Goal(2, "受理的检举举报件按期办结，办结率不低于95%，举报人满意度不低于90%。"),
        ],
        Indicators =
        [
            Row("产出指标", "数量指标", "平台运维服务月数", "运维服务合同约定并经验收的服务月数", "=12月", "计划标准：2022年平台运维服务合同"),
            Row("产出指标", "质量指标", "平台系统可用率", "全年平台可正常访问时长÷全年总时长，以运维日志为准", "≥99%", "行业标准：运维服务合同约定的服务等级"),
            Row("产出指标", "时效指标", "举报件按期办结率", "在规定时限内办结的举报件数÷受理举报件数，以信访台账为准", "≥95%", "历史标准：2021年按期办结率93.6%"),
            Row("产出指标", "成本指标", "平台运维及线路租赁费用", "全年支付的平台运维服务费和专网线路租赁费", "≤12万元", "计划标准：2022年预算批复数"),
            Row("效益指标", "社会效益指标", "网上举报占举报总量比例", "通过网络平台提交的举报件数÷举报总件数", "≥60%", "历史标准：2021年网上举报占比55%"),
            Row("效益指标", "可持续影响指标", "举报数据电子化归档率", "按规定录入系统并归档的举报件数÷受理举报件数", "=100%", "其他标准：《纪检监察机关处理检举控告工作规则》要求全部归档"),
            Row("满意度指标", "服务对象满意度指标", "举报人满意度", "办结后电话回访举报人，抽样调查满意程度，回访不少于30人", "≥90%", "历史标准：2021年回访满意度88%"),
        ],
    };

    private static BudgetProject PlenaryMeeting() => new()
    {
        Sequence = 2,
        UnitCode = "222001",
        UnitName = "纪律检查委员会本级",
        ProjectCode = "13068222P006764100018",
        ProjectName = "纪委全会经费",
        Budget = Money.FromWanYuan(2m),
        FiscalFunds = Money.FromWanYuan(2m),
        FundUse = "召开市纪委全会的会场布置、材料印制等会议费支出。",
        SpendingPlan = Plan(100, 100, 100, 100),
        Goals =
        [
            new Goal(1, "召开市纪委全会1次，部署2022年党风廉政建设任务。"),
            new Goal(2, "全会部署任务分解落实到各乡镇、各部门，落实率不低于95%。"),
        ],
        Indicators =
        [
            Row("产出指标", "数量指标", "召开全会次数", "全年召开市纪委全体会议的次数", "=1次", "计划标准：市纪委2022年工作要点"),
            Row("产出指标", "数量指标", "参会人员", "按会议通知应到会的市纪委委员及列席人员", "≥150人", "计划标准：会议通知确定的参会范围"),
            Row("产出指标", "质量指标", "参会人员到会率", "实到人数÷应到人数", "≥95%", "历史标准：2021年全会到会率96%"),
            Row("产出指标", "时效指标", "全会召开时间", "全会召开的月份", "≤2月底", "计划标准：市委年度工作安排"),
            Row("产出指标", "成本指标", "会议费支出", "会场布置、材料印制等会议费用", "≤2万元", "计划标准：《党政机关会议费管理办法》及2022年预算批复数"),
            Row("效益指标", "社会效益指标", "全会部署任务分解落实率", "已分解落实到责任单位的任务数÷全会部署任务数", "≥95%", "计划标准：全会工作报告任务清单"),
            Row("满意度指标", "服务对象满意度指标", "参会人员满意度", "会后发放问卷调查参会人员对会议组织的满意程度", "≥90%", "历史标准：2021年问卷满意度91%"),
        ],
    };

    private static BudgetProject AgencyStaff() => new()
    {
        Sequence = 3,
        UnitCode = "222001",
        UnitName = "纪律检查委员会本级",
        ProjectCode = "13068222P00661110001B",
        ProjectName = "劳务派遣人员经费",
        Budget = Money.FromWanYuan(20.4m),
        FiscalFunds = Money.FromWanYuan(20.4m),
        FundUse = "支付6名劳务派遣人员的工资、社会保险和派遣管理费。",
        SpendingPlan = Plan(25, 50, 75, 100),
        Goals =
        [
            new Goal(1, "保障6名劳务派遣人员全年在岗，协助完成案件卷宗整理和信访登记。"),
            new Goal(2, "卷宗整理合格率不低于95%，用人科室满意度不低于90%。"),
        ],
        Indicators =
        [
            Row("产出指标", "数量指标", "劳务派遣人员数", "劳务派遣合同约定的在岗人数", "=6人", "计划标准：2022年劳务派遣合同"),
            Row("产出指标", "质量指标", "案件卷宗整理合格率", "经案管室检查合格的卷宗数÷整理卷宗数", "≥95%", "历史标准：2021年合格率96%"),
            Row("产出指标", "时效指标", "劳务费用按月支付及时率", "在次月10日前支付的月数÷12", "=100%", "计划标准：劳务派遣合同付款约定"),
            Row("产出指标", "成本指标", "人均年度派遣费用", "派遣费用总额÷派遣人数", "≤3.4万元", "计划标准：2022年预算批复数20.4万元÷6人"),
            Row("效益指标", "社会效益指标", "信访登记录入准确率", "抽查信访登记录入无差错的件数÷抽查件数", "≥98%", "历史标准：2021年抽查准确率97.5%"),
            Row("满意度指标", "服务对象满意度指标", "用人科室满意度", "年底由用人科室填写满意度测评表", "≥90%", "历史标准：2021年测评满意度92%"),
        ],
    };
}
