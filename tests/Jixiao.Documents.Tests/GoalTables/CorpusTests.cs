using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>
/// The corpus of published goal tables (Fixtures/corpus, sources in its README): every file imports with every
/// indicator row, the head's fields where the table has them, and a mapping report.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string, int[]> Files => new()
    {
        { "hunan-xiangtan-2023-wupaoche.html", [7] },
        { "hunan-yueyangxian-2022-gaobiaozhun.docx", [12] },
        { "hunan-nanyue-2018-fupin.docx", [16, 11] },
        { "hunan-ningxiang-2021-jichusheshi.docx", [9] },
        { "hubei-wuhan-qingshan-2020-boruo.html", [9] },
        { "hubei-wuhan-qingshan-2020-jichusheshi.docx", [7] },
        { "hubei-huangshi-2022-zhutiban.xlsx", [13] },
        { "hubei-ezhou-2022-bangonglou.docx", [6] },
        { "hebei-ningjin-2019-zhuxuejin.xlsx", [7] },
        { "neimenggu-wuhai-2021-zaisheng.xlsx", [11] },
        { "ningxia-tongxin-2023-huangjinmi.xlsx", [10] },
        { "guangdong-lechang-2018-zhongzhi.html", [2] },
        { "guangdong-dongguan-2019-zhenji.html", [5] },
        { "shaanxi-qingjian-2021-guoyuanlu.docx", [5] },
        { "anhui-jinzhai-2021-wuye.docx", [9] },
        { "xinjiang-alaer-2021-baoxianku.xlsx", [3] },
        { "chongqing-fengjie-2023-jiagongyuan.xlsx", [1] },
        { "gansu-jiayuguan-2023-bowuguan.docx", [10] },
        { "sichuan-zhaohua-2021-tekunjiating.html", [9] },
        { "sichuan-jingyan-2023-matazhen.xlsx", [8, 5] },
        { "shandong-linyi-2025-gongyongjingfei.docx", [8] },
        { "ningxia-yuanzhou-2022-hanyanglin.xlsx", [11] },
        { "anhui-mengcheng-2024-gonggongweisheng.docx", [2] },
        { "anhui-huaibei-2025-songxi.html", [9] },
        { "hunan-xiangtan-2024-wupaoche.html", [7] },
        { "anhui-luan-2024-zhijian.xlsx", [7] },
    };

    /// <summary>Published tables the reader refuses, with what the user is told (see <see cref="Anxi_RegionalValues_AreRefusedWithWhatToDo"/>).</summary>
    private static readonly string[] RegionalTables = ["fujian-anxi-2022-shuili.html", "fujian-longyan-2025-minzu.html"];


    [Theory]
    [MemberData(nameof(Files))]
    public void PublishedTable_ImportsWithEveryIndicatorRow(string file, int[] rows)
    {
        var result = Read(file);

        Assert.Empty(result.Errors);
        Assert.Equal(rows, result.Document.Projects.Select(p => p.Indicators.Count));
        Assert.All(result.Document.Projects, p => Assert.NotEmpty(p.ProjectName));
        Assert.All(result.Document.Projects.SelectMany(p => p.Indicators), i => Assert.NotEmpty(i.Level1));
        Assert.Equal(rows, result.Mapping.Tables.Select(t => t.Rows));
        Assert.All(result.Mapping.Tables, t => Assert.Contains(t.Columns, c => c.Column == GoalColumn.Target));
    }

    [Fact]
    public void Corpus_HasTwentyEightReadTablesFromThirteenProvinces_AndRegionalTablesFromAFourteenth()
    {
        var files = Files.Select(row => (string)row[0]).ToList();
        var projects = files.Sum(f => Read(f).Document.Projects.Count);
        var provinces = files.Concat(RegionalTables).Select(f => f[..f.IndexOf('-', StringComparison.Ordinal)]).Distinct().Count();

        Assert.Equal(28, projects);
        Assert.Equal(14, provinces);
        Assert.All(RegionalTables, f => Assert.True(Read(f).HasErrors));
    }

    [Fact]
    public void Xiangtan_ReadsTheHeadByLabels_AndSkipsEmptyTemplateRows()
    {
        var result = Read("hunan-xiangtan-2023-wupaoche.html");
        var p = Assert.Single(result.Document.Projects);

        Assert.Equal(("雾炮车降尘抑尘服务", "", Money.ParseWanYuan("250")), (p.ProjectName, p.ProjectCode, p.Budget));
        Assert.Equal("湘潭市环境卫生管理处", p.UnitName);
        Assert.Equal(2023, result.Document.FiscalYear);
        Assert.Equal(["10辆", "≥80M", "优良", "2023.07-2024.01", "250万", "≥85%", "≥90%"], p.Indicators.Select(i => i.Target.Text));
        Assert.All(p.Indicators, i => Assert.Equal("计划标准", i.TargetBasis));
        Assert.Contains(result.Mapping.Tables[0].Notes, n => n.Contains("跳过 3 行", StringComparison.Ordinal));
        Assert.Contains(result.Problems, w => w.Message.Contains("没有项目编码", StringComparison.Ordinal) && w.Severity == ProblemSeverity.Warning);
    }

    [Fact]
    public void YueyangCounty_ReadsTheLeadingAmount_AndWarnsAboutTheRest()
    {
        var result = Read("hunan-yueyangxian-2022-gaobiaozhun.docx");
        var p = Assert.Single(result.Document.Projects);

        Assert.Equal((Money.ParseWanYuan("854"), Money.ParseWanYuan("854")), (p.Budget, p.FiscalFunds!.Value));
        Assert.Equal(2, result.Problems.Count(w => w.Message.Contains("只读取了开头的金额", StringComparison.Ordinal)));
        Assert.Equal("经济效益指标", p.Indicators[5].Level2);
        Assert.Equal(2022, result.Document.FiscalYear);
    }

    [Fact]
    public void Nanyue_TwoProjectsInOneFile_WithUnitCodesBeforeNames()
    {
        var result = Read("hunan-nanyue-2018-fupin.docx");

        Assert.Equal([("610001", "湖南省润山润水生态农业发展有限公司"), ("607001", "衡阳市南岳区南岳镇人民政府")],
            result.Document.Projects.Select(p => (p.UnitCode, p.UnitName)));
        Assert.Equal([Money.ParseWanYuan("10"), Money.ParseWanYuan("214.06")], result.Document.Projects.Select(p => p.Budget));
        Assert.Equal(2018, result.Document.FiscalYear);
        Assert.Equal(">=20平方米", result.Document.Projects[0].Indicators[0].Target.Text);
        Assert.Equal(Comparator.GreaterOrEqual, result.Document.Projects[0].Indicators[0].Target.Comparator);
        Assert.Equal("为水濂村带来观光游客不少于6万人,村集体收入达6万元。", result.Document.Projects[0].Goals.Single().Text);
    }

    [Fact]
    public void Ningxiang_KeepsTheLongTermValueBesideTheAnnualRow()
    {
        var p = Assert.Single(Read("hunan-ningxiang-2021-jichusheshi.docx").Document.Projects);

        Assert.Equal(Money.ParseWanYuan("10606.7522"), p.Budget);
        Assert.Equal("88", p.Indicators[0].Name);
        Assert.Contains(new LabeledText("长期指标值", "100"), p.Indicators[0].Extras);
        Assert.Contains(p.Extras, e => e.Label == "长期目标" && e.Text == "改善镇域内基础设施,振兴乡村经济");
        Assert.Equal("全面完成集镇立面改造、机关、学校、乡村振兴等项目,搞好提质改造", p.Goals.Single().Text);
    }

    [Fact]
    public void QingshanBoruo_ReadsALabelRunTogetherWithItsAmount()
    {
        var p = Assert.Single(Read("hubei-wuhan-qingshan-2020-boruo.html").Document.Projects);

        Assert.Equal((Money.ParseWanYuan("16"), Money.ParseWanYuan("16")), (p.Budget, p.FiscalFunds!.Value));
        Assert.Equal(("化工区学校", "农村义务教育学校改造覆盖率"), (p.UnitName, p.Indicators[0].Name));
        Assert.Equal("社会公众或服务对象满意度指标", p.Indicators[^1].Level2);
    }

    [Fact]
    public void QingshanLongAndAnnualSideBySide_ReadsTheAnnualColumns()
    {
        var result = Read("hubei-wuhan-qingshan-2020-jichusheshi.docx");
        var p = Assert.Single(result.Document.Projects);

        Assert.Equal(("015001", "武汉市青山区教育局"), (p.UnitCode, p.UnitName));
        Assert.Equal(("重点建设工程安排数量", "2"), (p.Indicators[0].Name, p.Indicators[0].Target.Text));
        Assert.Contains(new LabeledText("二级指标(长期)", "数量指标"), p.Indicators[0].Extras);
        Assert.Equal(Money.ParseWanYuan("10000"), p.Budget);
        Assert.Equal("015", result.Document.DepartmentCode);
    }

    [Fact]
    public void Huangshi_TwoRowHeading_ReadsTheExpectedValueAndKeepsLastYear()
    {
        var p = Assert.Single(Read("hubei-huangshi-2022-zhutiban.xlsx").Document.Projects);

        Assert.Equal((Money.ParseWanYuan("164"), Money.ParseWanYuan("132")), (p.Budget, p.FiscalFunds!.Value));
        Assert.Equal(["280人次", "25人次", "6次"], p.Indicators.Take(3).Select(i => i.Target.Text));
        Assert.Equal("满意度指标", p.Indicators[^1].Level1);
    }

    [Fact]
    public void Ezhou_LevelsWrittenOneColumnTooHigh_AreReadOneLevelDown()
    {
        var result = Read("hubei-ezhou-2022-bangonglou.docx");
        var p = Assert.Single(result.Document.Projects);

        Assert.Equal(("产出指标", "数量指标", "办公大楼日常维修维护次数", "2280次"), (p.Indicators[0].Level1, p.Indicators[0].Level2, p.Indicators[0].Name, p.Indicators[0].Target.Text));
        Assert.Equal([">92%", "292%", "95%"], p.Indicators.Skip(2).Take(3).Select(i => i.Target.Text));
        Assert.Contains(result.Problems, w => w.Message.Contains("没有找到预算金额", StringComparison.Ordinal));
    }

    [Fact]
    public void Ningjin_ReadsTheCountyFormAndItsWeights()
    {
        var p = Assert.Single(Read("hebei-ningjin-2019-zhuxuejin.xlsx").Document.Projects);

        // The title "2019年度宁晋县高中助学金项目绩效评价指标表" names the project with its word 项目.
        Assert.Equal("宁晋县高中助学金项目", p.ProjectName);
        Assert.Equal([20m, 10m, 10m, 10m, 10m, 20m, 20m], p.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal(("产出数量指标", "享受资助人数", "达到预计值", "2100"), (p.Indicators[1].Level2, p.Indicators[1].Name, p.Indicators[1].Description, p.Indicators[1].Target.Text));
    }

    [Fact]
    public void Wuhai_ComposesSignValueAndUnit_AndKeepsTheDirection()
    {
        var p = Assert.Single(Read("neimenggu-wuhai-2021-zaisheng.xlsx").Document.Projects);

        Assert.Equal(["=8", "=24人/次", "=100%"], p.Indicators.Take(3).Select(i => i.Target.Text));
        Assert.Contains(new LabeledText("指标性质", "反向"), p.Indicators[6].Extras);
        Assert.Equal(4m, p.Indicators[0].Weight);
        Assert.Equal(("433001", "乌海市供销合作社联合社"), (p.UnitCode, p.UnitName));
        Assert.Equal(6, p.Goals.Count);
    }

    [Fact]
    public void Lechang_TraditionalCharacters_AreReadAsSimplified()
    {
        var p = Assert.Single(Read("guangdong-lechang-2018-zhongzhi.html").Document.Projects);

        Assert.Equal("学生资助补助经费(中等职业学校国家助学金和免学费补助资金)", p.ProjectName);
        Assert.Equal(("产出指标", "数量指标", "中职免学费应受助学生数"), (p.Indicators[1].Level1, p.Indicators[1].Level2, p.Indicators[1].Name));
        Assert.Equal(3, p.Goals.Count);
    }

    [Fact]
    public void Dongguan_SideBySideParts_ReadTheAnnualOne()
    {
        var p = Assert.Single(Read("guangdong-dongguan-2019-zhenji.html").Document.Projects);

        Assert.Equal(Money.ParseWanYuan("919"), p.Budget);
        Assert.Equal("东莞市交通运输局", p.UnitName);
        Assert.Equal(("预期产出指标", "时效指标(工期指标、形象进度指标)"), (p.Indicators[2].Level1, p.Indicators[2].Level2));
        Assert.Contains(new LabeledText("指标值(或计划水平)", "及时"), p.Indicators[2].Extras);
    }

    [Fact]
    public void Qingjian_AmountsWithoutAUnit_AreNotGuessed()
    {
        var withoutUnit = DocumentFiles.Read(Path(("shaanxi-qingjian-2021-guoyuanlu.docx")));

        var error = withoutUnit.Errors.First();
        Assert.Equal("年度资金总额（第 3 行第 3 列）", error.Cell);
        Assert.Contains("没有单位", error.Message, StringComparison.Ordinal);
        Assert.Equal(Money.ParseWanYuan("500"), Assert.Single(Read("shaanxi-qingjian-2021-guoyuanlu.docx").Document.Projects).Budget);
    }

    [Fact]
    public void Jinzhai_ReadsTheGoalUnderItsHeadingRow_AndDropsTheFormsNumbering()
    {
        var result = Read("anhui-jinzhai-2021-wuye.docx");
        var p = Assert.Single(result.Document.Projects);

        Assert.Equal(("物业管理", "", "安徽金寨经济开发区管理委员会"), (p.ProjectName, p.ProjectCode, p.UnitName));
        Assert.Equal((Money.ParseWanYuan("1125"), Money.ParseWanYuan("1125")), (p.Budget, p.FiscalFunds!.Value));
        Assert.Null(p.OtherFunds);
        Assert.Equal((2021, "县财政局"), (result.Document.FiscalYear, result.Document.DepartmentName));
        Assert.Equal("维护辖区各安置小区安全巡逻、环境卫生及物业日常管理", Assert.Single(p.Goals).Text);
        Assert.Equal(["产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "效益指标", "效益指标", "满意度指标"],
            p.Indicators.Select(i => i.Level1));
        Assert.Equal(["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"],
            p.Indicators.Select(i => i.Level2));
        Assert.Equal(["8个", "房屋设备、设施的管理到位,环境卫生整洁,车辆停放有序", "2021年全年", "≤1125万元", "≥95%", "显著改善", "显著提高", "持续保障", "≥90%"],
            p.Indicators.Select(i => i.Target.Text));
        Assert.Equal(("安置小区物业费", 8m, "个"), (p.Indicators[0].Name, p.Indicators[0].Target.Number, p.Indicators[0].Target.Unit));
        Assert.Equal(("项目总成本(≤**万元)", Comparator.LessOrEqual, 1125m), (p.Indicators[3].Name, p.Indicators[3].Target.Comparator, p.Indicators[3].Target.Number));
        Assert.Equal("小区居民满意度(≥**%)", p.Indicators[^1].Name);
        Assert.DoesNotContain(p.Indicators, i => i.Name.StartsWith("指标", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, w => w.Message.Contains("没有找到预算金额", StringComparison.Ordinal));
    }

    [Fact]
    public void Alaer_ReadsTheAnnualAmountBesideTheTotal_AndTheGoalsSideBySide()
    {
        var result = Read("xinjiang-alaer-2021-baoxianku.xlsx");
        var p = Assert.Single(result.Document.Projects);

        Assert.Equal(("第一师六团巩固脱贫攻坚与乡村振兴有效衔接特色产业基地气调保鲜库建设项目", "新疆生产建设兵团第一师阿拉尔市六团农业发展服务中心"),
            (p.ProjectName, p.UnitName));
        Assert.Equal((Money.ParseWanYuan("1500"), Money.ParseWanYuan("1500")), (p.Budget, p.FiscalFunds!.Value));
        Assert.Contains(new LabeledText("项目资金总额", "1500"), p.Extras);
        Assert.Contains(new LabeledText("项目期", "1年"), p.Extras);
        Assert.Contains(new LabeledText("项目总目标", "建设完成保鲜库1座,3550平方米;建设完成消防水池1座,419平方米。"), p.Extras);
        Assert.Equal("2021年完成保鲜库钢构主体安装、封顶;完成消防水池土建工程。", Assert.Single(p.Goals).Text);
        Assert.All(p.Indicators, i => Assert.Equal(("产出指标", "数量指标"), (i.Level1, i.Level2)));
        Assert.Equal(["新建保鲜库数量", "新建保鲜库面积", "新建消防水池数量"], p.Indicators.Select(i => i.Name));
        Assert.Equal(["1座", "3550平方米", "1座"], p.Indicators.Select(i => i.Target.Text));
        // The table prints no year (the notice above it does): the user is asked for it, nothing is guessed.
        Assert.Equal(0, result.Document.FiscalYear);
        Assert.Contains(result.Problems, w => w.Severity == ProblemSeverity.Warning && w.Message.Contains("无法确定年度", StringComparison.Ordinal)
            && w.Message.Contains("请在导入时填写年度", StringComparison.Ordinal));
    }

    [Fact]
    public void Fengjie_ReadsTheApprovalForm_ItsAnnualBudgetAndPointsWrittenAfterTheLevel()
    {
        var result = Read("chongqing-fengjie-2023-jiagongyuan.xlsx");
        var p = Assert.Single(result.Document.Projects);

        Assert.Equal(("2023年云雾土家族乡加工园配套设施建设项目", "云雾土家族乡"), (p.ProjectName, p.UnitName));
        Assert.Equal((Money.ParseWanYuan("65"), Money.ParseWanYuan("65"), Money.ParseWanYuan("0")), (p.Budget, p.FiscalFunds!.Value, p.OtherFunds!.Value));
        Assert.Equal((2023, "县民宗委"), (result.Document.FiscalYear, result.Document.DepartmentName));
        Assert.Contains(new LabeledText("项目总预算", "65"), p.Extras);
        Assert.Contains(new LabeledText("建设周期", "2023年4月-2024年2月"), p.Extras);
        Assert.Contains(new LabeledText("项目分类", "资产资源类--房屋类"), p.Extras);
        Assert.StartsWith("新建中药材晾晒房一座,占地300平方米", Assert.Single(p.Goals).Text, StringComparison.Ordinal);
        var indicator = Assert.Single(p.Indicators);
        Assert.Equal(("成本指标", "经济成本指标", "项目建设成本", "≤65万元", 10m),
            (indicator.Level1, indicator.Level2, indicator.Name, indicator.Target.Text, indicator.Weight!.Value));
        Assert.Contains(new LabeledText("一级指标分值", "0-20分"), indicator.Extras);
        Assert.Contains(result.Mapping.Tables[0].Notes, n => n.Contains("跳过 2 行", StringComparison.Ordinal));
    }

    [Fact]
    public void Jiayuguan_ReadsTheSecondLevelProjectAsTheProject_NotTheDepartment()
    {
        var result = Read("gansu-jiayuguan-2023-bowuguan.docx");
        var p = Assert.Single(result.Document.Projects);

        // 资金用途 (a label a department table also has) does not make it one: 二级项目名称 names the project.
        Assert.False(result.Document.DepartmentGoals.HasTable);
        Assert.Equal(("博物馆纪念馆市级免费开放补助资金", "嘉峪关城市博物馆"), (p.ProjectName, p.UnitName));
        Assert.Equal((2023, "嘉峪关市文化和旅游局"), (result.Document.FiscalYear, result.Document.DepartmentName));
        // 预算申报数 is the budget; 中央补助安排 and 省级财政安排 (both 0) are parts of the fiscal funds, and with no
        // 财政拨款 printed 财政资金 is their sum, 0.00 (before they were no label and 财政资金 was not read).
        Assert.Equal((Money.ParseWanYuan("20"), Money.ParseWanYuan("20")), (p.Budget, p.OtherFunds!.Value));
        Assert.Equal(Money.Zero, p.FiscalFunds!.Value);
        Assert.Contains(new LabeledText("项目总投资", "20万元"), p.Extras);
        Assert.Equal(["产出指标", "产出指标", "产出指标", "成本指标", "成本指标", "成本指标", "效益指标", "效益指标", "效益指标", "满意度指标"],
            p.Indicators.Select(i => i.Level1));
        Assert.Equal(("免费开放天数", "=300天", Comparator.Equal, 300m), (p.Indicators[0].Name, p.Indicators[0].Target.Text, p.Indicators[0].Target.Comparator, p.Indicators[0].Target.Number));
        // "二100百分比" (the page's OCR of "=100百分比") is kept as published and not read as a number.
        Assert.Equal(("资金使用效率", "二100百分比", (decimal?)null), (p.Indicators[3].Name, p.Indicators[3].Target.Text, p.Indicators[3].Target.Number));
        Assert.Equal("进一步提高博物馆纪念馆运行效率和免费开放服务水平", Assert.Single(p.Goals).Text);
    }

    [Fact]
    public void Zhaohua_AnAmountColumnHeadingBesideTheTotal_IsNoAmount_AndTheBudgetIsAskedFor()
    {
        var result = Read("sichuan-zhaohua-2021-tekunjiating.html");
        var p = Assert.Single(result.Document.Projects);

        Assert.Empty(result.Errors);
        Assert.Equal(("特困家庭再扶助(独生子女死亡再扶助)", "区卫生健康局"), (p.ProjectName, p.UnitName));
        // "年度资金总额 | 金额(万元)": the total is not printed; the amounts are the 小计 rows under the heading.
        Assert.Equal(Money.ParseWanYuan("6.30"), p.FiscalFunds!.Value);
        Assert.Equal(Money.Zero, p.Budget);
        Assert.Contains(result.Problems, w => w.Severity == ProblemSeverity.Warning && w.Message.Contains("没有找到预算金额", StringComparison.Ordinal));
        Assert.Equal(["项目完成指标", "项目完成指标", "项目完成指标", "项目完成指标", "项目完成指标", "项目效益指标", "项目效益指标", "满意度指标", "满意度指标"],
            p.Indicators.Select(i => i.Level1));
        Assert.Equal(["63人", "100%", "2021年1月-12月", "12月底到位"], p.Indicators.Take(4).Select(i => i.Target.Text));
        Assert.Equal(2021, result.Document.FiscalYear);
    }

    [Fact]
    public void Jingyan_AListOfADepartmentsProjects_IsReadProjectByProject_InYuan()
    {
        var result = Read("sichuan-jingyan-2023-matazhen.xlsx");

        Assert.Equal(["村组干部报酬", "基层组织活动经费"], result.Document.Projects.Select(p => p.ProjectName));
        // 金额单位：元 — 3,309,840.00 元 = 330.984 万元 and 660,000.00 元 = 66 万元, exact; the department's total line
        // (820-马踏镇部门, 8,827,620.53) above the first project is no project.
        Assert.Equal([Money.ParseWanYuan("330.984"), Money.ParseWanYuan("66")], result.Document.Projects.Select(p => p.Budget));
        Assert.All(result.Document.Projects, p => Assert.Equal(("820001", "井研县马踏镇人民政府"), (p.UnitCode, p.UnitName)));
        Assert.Equal(("820", 2023), (result.Document.DepartmentCode, result.Document.FiscalYear));
        var first = result.Document.Projects[0];
        Assert.Equal("按时发放村组干部报酬", Assert.Single(first.Goals).Text);
        Assert.Equal(("产出指标", "数量指标", "村组干部230人", "≥230个", 10m),
            (first.Indicators[4].Level1, first.Indicators[4].Level2, first.Indicators[4].Name, first.Indicators[4].Target.Text, first.Indicators[4].Weight!.Value));
        Assert.Contains(new LabeledText("指标方向性", "正向指标"), first.Indicators[0].Extras);
        Assert.Equal(("行政村数量", "=11个"), (result.Document.Projects[1].Indicators[^1].Name, result.Document.Projects[1].Indicators[^1].Target.Text));
    }

    [Fact]
    public void Linyi_TheCountyFormsValueColumn_AndItsLevelNamesEndingIn值_AreRead()
    {
        var result = Read("shandong-linyi-2025-gongyongjingfei.docx");
        var p = Assert.Single(result.Document.Projects);

        // Before: "年度数值" was no known heading, the table had no value column and was refused.
        Assert.Empty(result.Errors);
        Assert.Equal(("小学教育公用经费", "", "临邑县师范附属小学"), (p.ProjectName, p.ProjectCode, p.UnitName));
        // 资金总额 438.768 万元 = 4,387,680.00 元 = 438,768,000 分, exact; 财政拨款 the same; 其他 printed empty.
        Assert.Equal((438_768_000L, 438_768_000L), (p.Budget.Fen, p.FiscalFunds!.Value.Fen));
        Assert.Null(p.OtherFunds);
        Assert.Equal(2025, result.Document.FiscalYear);
        Assert.Empty(p.Goals);
        Assert.Contains(p.Extras, e => e.Label == "项目总体情况" && e.Text.StartsWith("根据鲁财科教(2024)67号文件", StringComparison.Ordinal));
        // The level names are kept as published; the review reads them as the levels they stand for.
        Assert.Equal(["产出值", "产出值", "产出值", "产出值", "效益值", "效益值", "效益值", "效益值"], p.Indicators.Select(i => i.Level1));
        Assert.Equal(["数量值", "质量值", "时效值", "成本值", "经济效益值", "社会效益值", "生态效益值", "可持续影响值"], p.Indicators.Select(i => i.Level2));
        Assert.Equal(["<=6962人", "=100%", "有效", "780元/生/年", "=100%", "=100%", "有效", "=100%"], p.Indicators.Select(i => i.Target.Text));
        Assert.Equal((Comparator.LessOrEqual, 6962m, "人"), (p.Indicators[0].Target.Comparator, p.Indicators[0].Target.Number!.Value, p.Indicators[0].Target.Unit));
        // "元/生/年" (per pupil a year): 生 is a count unit, so the cost is a number in money per pupil.
        Assert.Equal((780m, "元/生/年"), (p.Indicators[3].Target.Number!.Value, p.Indicators[3].Target.Unit));
        Assert.Equal(TargetKind.Qualitative, p.Indicators[2].Target.Kind);
    }

    [Fact]
    public void Yuanzhou_FormNotesAfterTheLevelNames_AndUnitsInTheNames_AreKeptAsPublished()
    {
        var result = Read("ningxia-yuanzhou-2022-hanyanglin.xlsx");
        var p = Assert.Single(result.Document.Projects);

        Assert.Empty(result.Errors);
        Assert.Equal(("原州区2022年南部水源涵养林建设项目", "固原市原州区自然资源局"), (p.ProjectName, p.UnitName));
        // 年度资金总额 6070.00 万元 = 6,070,000,000 分; 其中:财政拨款 the same; 其他资金 empty.
        Assert.Equal((6_070_000_000L, 6_070_000_000L), (p.Budget.Fen, p.FiscalFunds!.Value.Fen));
        Assert.Equal(2022, result.Document.FiscalYear);
        Assert.Contains(new LabeledText("项目期", "2022年3月-2023年11月"), p.Extras);
        Assert.Contains(new LabeledText("项目属性", "新建"), p.Extras);
        Assert.StartsWith("在东马场林场、东岳山林场", Assert.Single(p.Goals).Text, StringComparison.Ordinal);
        Assert.Equal(["数量指标(必填硬性指标)", "数量指标(必填硬性指标)", "数量指标(必填硬性指标)", "数量指标(必填硬性指标)", "质量指标(必填)",
            "时效指标(必填)", "成本指标(必填硬性指标)", "经济效益指标(选填)", "社会效益指标(必填)", "生态效益指标(选填)", "可持续影响指标(必填)"],
            p.Indicators.Select(i => i.Level2));
        Assert.Equal(["80000", "30000", "50000", "30", "85", "2023年底", "6070", "", "132", "", ""], p.Indicators.Select(i => i.Target.Text));
        Assert.Equal(("实施营造林总面积(亩)", "苗木成活率(≥**%)"), (p.Indicators[0].Name, p.Indicators[4].Name));
        // The 效益 rows the form leaves to words put the words in 三级指标 and no value.
        Assert.Equal("增加就业机会,提高农民收入。", p.Indicators[7].Name);
        // The 满意度指标 row with nothing in it (where the stored page ends) is skipped.
        Assert.Contains(result.Mapping.Tables[0].Notes, n => n.Contains("跳过 1 行", StringComparison.Ordinal));
    }

    [Fact]
    public void Mengcheng_AGoalTableInsideTheBudgetText_IsReadFromItsTable()
    {
        var result = Read("anhui-mengcheng-2024-gonggongweisheng.docx");
        var p = Assert.Single(result.Document.Projects);

        // The numbered paragraphs before it ("(6)年度预算安排:2279.048 万元") are no project and no goal.
        Assert.Empty(result.Errors);
        Assert.Equal(("国家基本公共卫生服务项目", "卫健委"), (p.ProjectName, p.UnitName));
        // "2279.048 万元" with its unit and a space: 2,279,048,000 分.
        Assert.Equal(2_279_048_000L, p.Budget.Fen);
        // "其中:财政投款" (a slip for 财政拨款, as published) is taken for 财政资金 by likeness, not certainty.
        Assert.Equal(2_279_048_000L, p.FiscalFunds!.Value.Fen);
        var fiscal = Assert.Single(result.Mapping.Tables[0].Labels, l => l.Label == "其中:财政投款");
        Assert.True(fiscal.Confidence < 1);
        Assert.Equal(2024, result.Document.FiscalYear);
        Assert.Contains(new LabeledText("项目期", "长期"), p.Extras);
        Assert.StartsWith("针对当前城乡居民存在的主要健康问题", Assert.Single(p.Goals).Text, StringComparison.Ordinal);
        // "≧" (U+2267) read as ≥, kept as printed.
        Assert.Equal(["≧90%", "≧85%"], p.Indicators.Select(i => i.Target.Text));
        Assert.All(p.Indicators, i => Assert.Equal(Comparator.GreaterOrEqual, i.Target.Comparator));
        Assert.Equal("7 岁以下儿童健康管理率", p.Indicators[1].Name);
    }

    [Fact]
    public void Huaibei_LabelsCutShortByThePage_AreRead_AndTheAmountsWaitForTheirUnit()
    {
        // Without a unit: "5.00" is not guessed (项目资金 prints no 万元), as for 清涧.
        var withoutUnit = DocumentFiles.Read(Path("anhui-huaibei-2025-songxi.html"));
        Assert.Contains(withoutUnit.Errors, e => e.Cell == "年度资金总额（第 6 行第 3 列）" && e.Message.Contains("没有单位", StringComparison.Ordinal));

        // Before: the side label "绩" (the page prints only the first character of 绩效指标) was taken for a side label by
        // its place but had no heading to name, and the read stopped with an exception.
        var result = Read("anhui-huaibei-2025-songxi.html");
        var p = Assert.Single(result.Document.Projects);
        Assert.Empty(result.Errors);
        Assert.Equal(("农村文化建设配套补助经费", "077", "淮北市文化旅游体育局"), (p.ProjectName, p.UnitCode, p.UnitName));
        Assert.Equal((2025, "077"), (result.Document.FiscalYear, result.Document.DepartmentCode));
        // 年度资金总额 5.00 万元 = 5,000,000 分; 财政拨款 5.00; 其他资金 0.00 (上年结转 0.00 is no field of the model).
        Assert.Equal((5_000_000L, 5_000_000L, 0L), (p.Budget.Fen, p.FiscalFunds!.Value.Fen, p.OtherFunds!.Value.Fen));
        // "年度" (the page's "年度目标" cut to its first line) labels the goal; 项目来源 is kept.
        Assert.StartsWith("文化惠民工程,主要用于送戏进万村", Assert.Single(p.Goals).Text, StringComparison.Ordinal);
        Assert.Contains(new LabeledText("项目来源", "本级申报项目"), p.Extras);
        Assert.Contains(new LabeledText("项目期", "1年"), p.Extras);
        Assert.Equal(["≥70村", "≥95%", "2025年12月", "5万元", "否", "影响程度明显", "否", "长期", "≥90%"], p.Indicators.Select(i => i.Target.Text));
        Assert.Equal(("满意度指标", "满意度指标"), (p.Indicators[^1].Level1, p.Indicators[^1].Level2));
        var side = Assert.Single(result.Mapping.Tables[0].Columns, c => c.Header == "绩");
        Assert.Equal(GoalColumn.Block, side.Column);
    }

    [Fact]
    public void Xiangtan2024_TheSameProjectsNextYearsForm_ReadsTheCodeAfterTheDepartmentsName()
    {
        var result = Read("hunan-xiangtan-2024-wupaoche.html");
        var p = Assert.Single(result.Document.Projects);

        Assert.Empty(result.Errors);
        Assert.Equal(("雾炮车抑尘降尘服务", "湘潭市环境卫生管理处"), (p.ProjectName, p.UnitName));
        // "湘潭市城市管理和综合执法局 308001" under 主管部门及其编码: the name without its code (before: the label was taken
        // by likeness and the department named with the code in it).
        Assert.Equal((2024, "湘潭市城市管理和综合执法局"), (result.Document.FiscalYear, result.Document.DepartmentName));
        Assert.Contains(new LabeledText("主管部门及其编码", "湘潭市城市管理和综合执法局 308001"), p.Extras);
        Assert.Equal(1.0, Assert.Single(result.Mapping.Tables[0].Labels, l => l.Label == "主管部门及其编码").Confidence);
        // "资金总额: 250" and the parts written under it in the same cell, each read under its own label: 250 万元 =
        // 250,000,000 分; "一、预算资金:250" the fiscal funds, "二、自有资金:0" + "三、其他:0" the other funds (before: only the
        // total was read and the parts warned as a remark).
        Assert.Equal((250_000_000L, 250_000_000L, 0L), (p.Budget.Fen, p.FiscalFunds!.Value.Fen, p.OtherFunds!.Value.Fen));
        Assert.DoesNotContain(result.Problems, w => w.Message.Contains("只读取了开头的金额", StringComparison.Ordinal));
        Assert.Equal("2024通过采购雾炮车抑尘降尘服务,持续改善我市空气质量", Assert.Single(p.Goals).Text);
        Assert.Contains(new LabeledText("长期目标", "持续改善我市空气质量"), p.Extras);
        Assert.Contains(new LabeledText("项目起止时间", "20246-202516"), p.Extras);
        Assert.Equal(["10", "80M", "优良", "180", "控制在预算内", "85%", "90%"], p.Indicators.Select(i => i.Target.Text));
        Assert.All(p.Indicators, i => Assert.Equal("计划标准", i.TargetBasis));
        // The older form's 满意度 row under 效益指标, as published.
        Assert.Equal(("效益指标", "服务对象满意度指标", "满意度"), (p.Indicators[^1].Level1, p.Indicators[^1].Level2, p.Indicators[^1].Name));
        Assert.Contains(result.Mapping.Tables[0].Notes, n => n.Contains("跳过 3 行", StringComparison.Ordinal));
    }

    [Fact]
    public void Luan_TheYearsFundsAreTheAnnualColumns_NotTheMidTermsBesideThem()
    {
        var result = Read("anhui-luan-2024-zhijian.xlsx");
        var p = Assert.Single(result.Document.Projects);

        Assert.Empty(result.Errors);
        Assert.Equal(("发展建设类-农产品质检体系建设和“三品一标”发展项目", "066", "六安市农业农村局"), (p.ProjectName, p.UnitCode, p.UnitName));
        // 中期资金总额 68.50 | 年度资金总额 51.35 side by side, each with 其中:财政拨款 and 其他资金 under it. Before: 财政资金
        // was the 中期 column's 68.50 against a budget of 51.35. Now the year's: 51.35 万元 = 51,350,000 分.
        Assert.Equal((51_350_000L, 51_350_000L, 0L), (p.Budget.Fen, p.FiscalFunds!.Value.Fen, p.OtherFunds!.Value.Fen));
        Assert.Contains(new LabeledText("中期资金总额", "68.5"), p.Extras);
        Assert.Contains(new LabeledText("其中:财政拨款（中期资金总额）", "68.5"), p.Extras);
        Assert.Equal(2024, result.Document.FiscalYear);
        Assert.StartsWith("通过项目实施,开展农产品质量安全监测", Assert.Single(p.Goals).Text, StringComparison.Ordinal);
        Assert.Contains(p.Extras, e => e.Label == "中期目标(2024年—2026年)");
        // 二级/三级/指标值 twice under one heading row: the first set is the 中期 one (kept beside each row), the second the year's.
        Assert.Equal(["≥57个", "≥100个", "≥100组", "≥98%", "≥98%", "≥4次", "≤7工作日"], p.Indicators.Select(i => i.Target.Text));
        var columns = result.Mapping.Tables[0].Columns;
        Assert.Equal(GoalColumn.LongTermTarget, columns.First(c => c.Header == "指标值").Column);
        Assert.Equal(GoalColumn.Target, columns.Last(c => c.Header == "指标值").Column);
        Assert.Equal((Comparator.LessOrEqual, 7m, "工作日"), (p.Indicators[^1].Target.Comparator, p.Indicators[^1].Target.Number!.Value, p.Indicators[^1].Target.Unit));
    }

    [Fact]
    public void Anxi_RegionalValues_AreRefusedWithWhatToDo()
    {
        var result = Read("fujian-anxi-2022-shuili.html");

        // The allocation list printed above the goal table (序号, 乡镇名称, 项目名称, 金额) is no project.
        var p = Assert.Single(result.Document.Projects);
        Assert.Equal(("省级第七批水利专项资金", Money.ParseWanYuan("100")), (p.ProjectName, p.Budget));
        Assert.Equal("开展7个小型水利工程建设", Assert.Single(p.Goals).Text);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("省级第七批水利专项资金", "第 5 行第 1 列"), (error.TableName, error.Cell));
        Assert.Contains("按地区分列了指标值（“西坪镇尧山村”、“桃舟乡吾培村”、“芦田镇三洋村”、“蓬莱镇植洋村”等共 7 个地区）", error.Message, StringComparison.Ordinal);
        Assert.Contains("请按地区分别整理成绩效目标表", error.Message, StringComparison.Ordinal);

        // What the message offers: one village's column chosen as the value reads that village's table.
        var options = new ReadOptions { ColumnOverrides = new Dictionary<string, GoalColumn> { [GridText.Key("西坪镇尧山村")] = GoalColumn.Target } };
        var one = DocumentFiles.Read(Path("fujian-anxi-2022-shuili.html"), options);
        Assert.False(one.HasErrors, string.Join("；", one.Errors));
        var indicator = Assert.Single(Assert.Single(one.Document.Projects).Indicators);
        Assert.Equal(("产出指标", "数量指标", "开展小型水利工程建设(个)", "反映小型水利工程建设项目开展情况", "1"),
            (indicator.Level1, indicator.Level2, indicator.Name, indicator.Description, indicator.Target.Text));
        Assert.Equal(2022, one.Document.FiscalYear);
    }

    [Fact]
    public void Longyan_RegionalValuesUnderOneMergedHeading_AreRefusedToo()
    {
        var result = Read("fujian-longyan-2025-minzu.html");

        // A site header table and the notice's allocation list come before the goal table: neither is a project.
        var p = Assert.Single(result.Document.Projects);
        Assert.Equal(("民族发展专项资金", Money.ParseWanYuan("55"), Money.ParseWanYuan("55")), (p.ProjectName, p.Budget, p.FiscalFunds!.Value));
        Assert.Equal("促进民族乡村经济社会事业发展、铸牢中华民族共同体意识", Assert.Single(p.Goals).Text);
        Assert.Equal((2025, "龙岩市民族与宗教事务局"), (result.Document.FiscalYear, result.Document.DepartmentName));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("民族发展专项资金", "第 7 行第 1 列"), (error.TableName, error.Cell));
        Assert.Contains("按地区分列了指标值（“新罗区”、“上杭县”、“漳平市”共 3 个地区）", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("请按地区分别整理成绩效目标表（每个地区一张表，指标值列写作“指标值”）后再导入。", error.Message, StringComparison.Ordinal);
    }

    internal static string Path(string file) => TestFiles.Fixture(System.IO.Path.Combine("corpus", file));

    /// <summary>Tables that state no money unit anywhere: read with the unit the user gives (万元), as the message asks.</summary>
    internal static readonly string[] WithoutMoneyUnit = ["shaanxi-qingjian-2021-guoyuanlu.docx", "anhui-huaibei-2025-songxi.html"];

    /// <summary>Reads a corpus file; a table that states no money unit is read with the unit the user gives.</summary>
    internal static ReadResult Read(string file) =>
        DocumentFiles.Read(Path(file), new ReadOptions { MoneyUnit = WithoutMoneyUnit.Contains(file) ? "万元" : null });
}
