using Jixiao.Domain.Goals;

namespace Jixiao.Cli.Generation;

/// <summary>
/// Makes realistic department documents in the shape of the seed (Hebei checkpoints 3/6/10/12, three goals and
/// eighteen profile-A indicator rows per project) for load tests and demos. Deterministic for a given seed, and
/// streamed: one document at a time, so any number of projects fits in flat memory.
/// </summary>
public static class SampleDocumentGenerator
{
    public const int IndicatorsPerProject = 18;

    /// <summary>A department's projects are spread over its head unit (xxx001) and subordinate units.</summary>
    private const int ProjectsPerUnit = 5;

    private static readonly string[] Topics =
    [
        "办公设备购置", "信息化运维", "安保", "业务培训", "专项督查", "宣传教育", "档案数字化", "车辆运行维护",
        "执法装备", "课题调研", "网络安全", "应急演练", "会议组织", "法律顾问", "物业管理", "监督检查",
    ];

    private static readonly (string Level1, string Level2, string Name, Func<Random, string> Target)[] Rows =
    [
        ("产出指标", "数量指标", "完成工作任务数", r => $"≥{r.Next(5, 60)}项"),
        ("产出指标", "数量指标", "服务人次", r => $"≥{r.Next(100, 5000)}人次"),
        ("产出指标", "数量指标", "开展专项活动次数", r => $"={r.Next(2, 12)}次"),
        ("产出指标", "数量指标", "设备配置数量", r => $"{r.Next(1, 40)}台"),
        ("产出指标", "质量指标", "验收合格率", r => $"≥{r.Next(90, 101)}%"),
        ("产出指标", "质量指标", "工作完成率", _ => "100百分比"),
        ("产出指标", "质量指标", "差错率", r => $"≤{r.Next(1, 5)}%"),
        ("产出指标", "时效指标", "任务完成及时率", r => $"≥{r.Next(95, 101)}%"),
        ("产出指标", "时效指标", "完成时限", _ => "12月底前完成"),
        ("产出指标", "成本指标", "项目成本控制", _ => "控制在预算范围内"),
        ("产出指标", "成本指标", "单位成本", r => $"≤{r.Next(1, 20)}万元"),
        ("效益指标", "社会效益指标", "工作效率提升", r => $"≥{r.Next(5, 30)}%"),
        ("效益指标", "社会效益指标", "群众知晓率", r => $"≥{r.Next(80, 100)}%"),
        ("效益指标", "社会效益指标", "社会影响", _ => "效果明显"),
        ("效益指标", "可持续影响指标", "长效机制建设", _ => "持续完善"),
        ("效益指标", "可持续影响指标", "可持续性", _ => "100百分比"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", r => $"≥{r.Next(85, 100)}%"),
        ("满意度指标", "服务对象满意度指标", "满意率", _ => "≥95%"),
    ];

    /// <summary>Documents with <paramref name="projectsPerDocument"/> projects each (five per unit),
    /// spread over regions of up to 900 departments, until <paramref name="projects"/> projects are made.</summary>
    public static IEnumerable<PerformanceDocument> Generate(int projects, int year = 2022, int projectsPerDocument = 20, int seed = 1)
    {
        var random = new Random(seed);
        var made = 0;
        for (var index = 0; made < projects; index++)
        {
            var region = (130600 + (index / 900)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var department = 100 + (index % 900);
            var count = Math.Min(projectsPerDocument, projects - made);
            yield return Document(random, region, department, year, count);
            made += count;
        }
    }

    private static PerformanceDocument Document(Random random, string region, int department, int year, int count)
    {
        var name = $"第{department}部门";
        var projects = new List<BudgetProject>(count);
        for (var i = 0; i < count; i++)
        {
            var unitNumber = (i / ProjectsPerUnit) + 1;
            var unit = $"{department}{unitNumber:000}";
            var topic = Topics[random.Next(Topics.Length)];
            var budget = new Money(random.Next(1_00, 500_00) * 10_000L);
            projects.Add(new BudgetProject
            {
                Sequence = i + 1,
                UnitCode = unit,
                UnitName = unitNumber == 1 ? name + "本级" : $"{name}所属第{unitNumber}单位",
                ProjectCode = $"{region}{year % 100:00}P{department:000}{unitNumber:000}{i + 1:00000}L",
                ProjectName = $"{topic}经费",
                Budget = budget,
                FiscalFunds = budget,
                FundUse = $"用于{topic}相关支出",
                SpendingPlan = new SpendingPlan([new(3, 25), new(6, 50), new(10, 80), new(12, 100)]),
                Goals = [new Goal(1, $"保障{topic}工作正常开展"), new Goal(2, "提高资金使用效益"), new Goal(3, "完成年度工作任务")],
                Indicators = [.. Rows.Select(r => new Indicator
                {
                    Level1 = r.Level1,
                    Level2 = r.Level2,
                    Name = r.Name,
                    Description = $"{r.Name}（{topic}）",
                    Target = TargetValue.Parse(r.Target(random)),
                    TargetBasis = "计划标准",
                })],
            });
        }

        return new PerformanceDocument
        {
            Title = $"{name}{year}年部门预算绩效文本",
            FiscalYear = year,
            FiscalYearSource = ValueSource.Title,
            RegionCode = region,
            RegionSource = ValueSource.ProjectCode,
            DepartmentCode = department.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DepartmentName = name,
            DepartmentGoals = new DepartmentGoals
            {
                OverallGoal = $"认真履行{name}职责，保障各项工作任务按期完成。",
                SubGoals = [new SubGoal { Number = 1, Title = "履职保障", GoalText = "保障机构正常运转", IndicatorText = "通过产出、效益、满意度指标评判" }],
                Safeguards = [new Safeguard { Number = 1, Title = "履职保障", Text = "完善财务管理制度，严格审批程序。" }],
            },
            Projects = projects,
        };
    }
}
