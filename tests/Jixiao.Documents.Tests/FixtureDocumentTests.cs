using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests;

/// <summary>Documents the team wrote to cover what the seed does not: profile B, missing optional parts,
/// multi-line cells, qualitative targets, full-width digits, CRLF and stray tabs.</summary>
public class FixtureDocumentTests
{
    [Fact]
    public void ProfileB_IsDetected_AndTheTitleGivesTheYear()
    {
        var result = DocumentFiles.Read(TestFiles.Fixture("profile-b.txt"));

        Assert.Empty(result.Problems);
        var doc = result.Document;
        Assert.Equal("B", doc.TaxonomyProfile);
        Assert.Equal((2023, ValueSource.Title), (doc.FiscalYear, doc.FiscalYearSource));
        Assert.Equal("市农业农村局", doc.DepartmentName);
        Assert.True(doc.DepartmentGoals.IsEmpty);
        var p = Assert.Single(doc.Projects);
        Assert.Equal(("1200.00", "1000.00", "200.00"), (p.Budget.ToWanYuanString(), p.FiscalFunds?.ToWanYuanString(), p.OtherFunds?.ToWanYuanString()));
        Assert.Equal([6, 9, 12], p.SpendingPlan.Checkpoints.Select(c => c.Month));
        Assert.Equal(("成本指标", "经济成本指标", "≤1000元/亩"), (p.Indicators[0].Level1, p.Indicators[0].Level2, p.Indicators[0].Target.Text));
    }

    [Fact]
    public void MessyTable_ReadsMultiLineCellsQualitativeTargetsAndMissingParts()
    {
        var result = DocumentFiles.Read(TestFiles.Fixture("messy.txt"), new ReadOptions { FiscalYear = 2023 });

        Assert.Empty(result.Problems);
        var p = Assert.Single(result.Document.Projects);
        Assert.Equal(("230001", "区司法局本级"), (p.UnitCode, p.UnitName));
        Assert.Equal(Money.ParseWanYuan("12.5"), p.Budget); // written as １２．５
        Assert.Null(p.FiscalFunds);
        Assert.Null(p.OtherFunds);
        Assert.True(p.SpendingPlan.IsEmpty);
        Assert.Equal("社区矫正对象教育帮扶、\n定位监管设备租赁", p.FundUse);
        Assert.Equal([new Goal(1, "全年社区矫正对象不发生重新犯罪"), new Goal(2, "教育帮扶覆盖全部矫正对象")], p.Goals);

        Assert.Equal(3, p.Indicators.Count);
        Assert.Equal("参加集中教育和个别帮扶的\n矫正对象人数", p.Indicators[0].Description);
        Assert.Equal("计划标准：年度矫正工作计划", p.Indicators[0].TargetBasis);
        Assert.Equal(("产出指标", "时效指标", "接收矫正对象后建立档案的时限"), (p.Indicators[1].Level1, p.Indicators[1].Level2, p.Indicators[1].Description));
        Assert.Equal(TargetKind.Qualitative, p.Indicators[1].Target.Kind);
        Assert.Equal(TargetKind.Qualitative, p.Indicators[2].Target.Kind);
        Assert.Equal((2023, ValueSource.Option), (result.Document.FiscalYear, result.Document.FiscalYearSource));
    }
}
