using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;
using Jixiao.Tests;
using F = Jixiao.Domain.Goals.FormFields;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>
/// What each published goal table's form lacks, read from the labels and columns it has (not from the file): none
/// of the corpus forms has a Part 1, a 项目编码, a 资金用途 or a 资金支出计划 cell; their indicator columns differ.
/// Jixiao's own forms (the published text layout, its Word export) lack nothing.
/// </summary>
public class FormLacksTests
{
    private const F Head = F.ProjectCode | F.FundUse | F.SpendingPlan;

    public static TheoryData<string, FormFields> Files => new()
    {
        { "hunan-xiangtan-2023-wupaoche.html", Head | F.UnitCode | F.Description },
        { "hunan-yueyangxian-2022-gaobiaozhun.docx", Head | F.UnitCode | F.Description | F.TargetBasis },
        { "hunan-ningxiang-2021-jichusheshi.docx", Head | F.UnitCode | F.Description | F.TargetBasis },
        { "hubei-wuhan-qingshan-2020-boruo.html", Head | F.UnitCode | F.Description | F.TargetBasis },
        { "hubei-wuhan-qingshan-2020-jichusheshi.docx", Head | F.Description | F.TargetBasis },
        // "指标标准或依据" is the basis column: the form has it (left empty, which stays a defect).
        { "hubei-huangshi-2022-zhutiban.xlsx", Head | F.UnitCode | F.Description },
        { "hubei-ezhou-2022-bangonglou.docx", Head | F.UnitCode | F.Description },
        { "hebei-ningjin-2019-zhuxuejin.xlsx", Head | F.UnitCode | F.TargetBasis },
        { "neimenggu-wuhai-2021-zaisheng.xlsx", Head | F.Description | F.TargetBasis },
        { "ningxia-tongxin-2023-huangjinmi.xlsx", Head | F.UnitCode | F.Description | F.TargetBasis },
        { "guangdong-lechang-2018-zhongzhi.html", Head | F.UnitCode | F.Description | F.TargetBasis },
        { "guangdong-dongguan-2019-zhenji.html", Head | F.UnitCode | F.Description | F.TargetBasis },
        { "shaanxi-qingjian-2021-guoyuanlu.docx", Head | F.UnitCode | F.Description | F.TargetBasis },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void PublishedTable_RecordsWhatItsFormLacks(string file, FormFields lacks)
    {
        var document = CorpusTests.Read(file).Document;

        Assert.Equal(F.Part1, document.FormLacks);
        Assert.All(document.Projects, p => Assert.Equal(lacks, p.FormLacks));
    }

    [Fact]
    public void TwoTablesOfOneFile_EachRecordsItsOwnForm()
    {
        var projects = CorpusTests.Read("hunan-nanyue-2018-fupin.docx").Document.Projects;

        Assert.Equal([Head | F.Description | F.TargetBasis, Head | F.Description | F.TargetBasis], projects.Select(p => p.FormLacks));
    }

    [Fact]
    public void PublishedText_LacksNothing()
    {
        var document = PublishedTextReader.ReadFile(TestFiles.DepartmentTextPath).Document;

        Assert.Equal(F.None, document.FormLacks);
        Assert.All(document.Projects, p => Assert.Equal(F.None, p.FormLacks));
    }

    [Fact]
    public void WordExportOfAGoalTable_LacksNothing()
    {
        // Jixiao's export prints its full form (every label and column, Part 1 left out when empty): read back, it is
        // Jixiao's form, and an empty cell in it is a defect.
        var table = CorpusTests.Read("hunan-xiangtan-2023-wupaoche.html").Document;

        var back = WordReader.Read(WordWriter.Write(table), new ReadOptions()).Document;

        Assert.Equal(F.None, back.FormLacks);
        Assert.Equal(F.None, Assert.Single(back.Projects).FormLacks);
    }

    [Fact]
    public void StillLacking_DropsAFieldOnceFilledIn()
    {
        var project = Assert.Single(CorpusTests.Read("hunan-xiangtan-2023-wupaoche.html").Document.Projects);
        var filled = project with
        {
            FundUse = "租赁雾炮车2台，支付服务费。",
            Indicators = [project.Indicators[0] with { Description = "配备的雾炮车台数，以服务合同为准" }, .. project.Indicators.Skip(1)],
        };

        Assert.Equal(Head | F.UnitCode | F.Description, project.StillLacking());
        Assert.Equal(F.ProjectCode | F.SpendingPlan | F.UnitCode, filled.StillLacking());
    }

    [Fact]
    public void DepartmentTableAlone_LacksSubGoalsSafeguardsAndPart2_NotPart1()
    {
        var document = DepartmentCorpusTests.Read("hunan-yueyanglou-2023-jiagerenzheng.html").Document;

        Assert.Equal(F.SubGoals | F.Safeguards | F.Part2, document.FormLacks);
        Assert.Equal(F.SubGoals | F.Safeguards | F.Part2, document.StillLacking());
        Assert.Equal("分项绩效目标、工作保障措施、第二部分", document.FormLacks.Names());
    }
}
