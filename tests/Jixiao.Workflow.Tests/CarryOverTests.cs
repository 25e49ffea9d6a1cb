using Jixiao.Domain.Goals;
using Jixiao.Domain.Workflow.CarryOver;

namespace Jixiao.Workflow.Tests;

public class CarryOverTests
{
    private static readonly PerformanceDocument Approved = DepartmentText.Read();
    private static readonly CarryOverResult Result = NextYearDraft.Build(Approved);

    [Fact]
    public void Build_KeepsEveryProjectForTheNextYear()
    {
        var draft = Result.Document;

        Assert.Equal(2024, draft.FiscalYear);
        Assert.Equal(2023, Approved.FiscalYear);
        Assert.Equal(Approved.Projects.Select(p => p.ProjectCode), draft.Projects.Select(p => p.ProjectCode));
        Assert.Equal(Approved.TotalBudget, draft.TotalBudget);
        Assert.Equal("173.67", draft.TotalBudget.ToString());
        Assert.Equal(90, draft.Projects.Sum(p => p.Indicators.Count));
        Assert.Empty(DocumentComparer.Compare(Approved with { FiscalYear = 2024, Title = draft.Title }, draft));
    }

    [Fact]
    public void Build_MarksEveryIndicatorToRevisit()
    {
        var carried = Result.Marks.Where(m => m.Reason == RevisitReason.CarriedTarget).ToList();

        Assert.Equal(90, carried.Count);
        foreach (var project in Approved.Projects)
        {
            Assert.Equal(Enumerable.Range(1, project.Indicators.Count).Select(r => (int?)r),
                carried.Where(m => m.ProjectCode == project.ProjectCode).Select(m => m.IndicatorRow));
        }

        Assert.StartsWith("待复核：指标", carried[0].Message, StringComparison.Ordinal);
        Assert.Contains("沿用2023年，请按2024年的任务和上年完成情况确认", carried[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MarksTargetsOf100PercentAndQualitativeTargets()
    {
        var indicators = Approved.Projects.SelectMany(p => p.Indicators).ToList();

        Assert.Equal(indicators.Count(i => i.Target.IsPercent && i.Target.Number == 100m), Result.Count(RevisitReason.FullTarget));
        Assert.Equal(indicators.Count(i => i.Target.Kind is TargetKind.Qualitative or TargetKind.Invalid), Result.Count(RevisitReason.Qualitative));
        Assert.True(Result.Count(RevisitReason.FullTarget) > 0);
    }

    [Fact]
    public void Build_AdvisesPerKindOfIndicatorWhyA100PercentTargetIsWeak()
    {
        const string Code = "13910223P031720100017";
        var full = Result.For(Code).Where(m => m.Reason == RevisitReason.FullTarget).ToDictionary(m => m.IndicatorRow!.Value, m => m.Message);

        Assert.Equal("指标“演出成本控制”的指标值为100%：成本指标应以金额表示，例如“≤26.00万元”，并与预算数相符（审核规则：成本指标超过预算数）。", full[4]);
        Assert.Contains("满意度很难达到100%", full[9], StringComparison.Ordinal);
        Assert.Contains("效益指标用100%表示时看不出衡量什么", full[6], StringComparison.Ordinal);
        Assert.Contains("（审核规则：比率指标写“≥100%”）", full[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MessagesNameRulesByTheirChineseTitles_NeverByCode()
    {
        Assert.NotEmpty(Result.Marks);
        Assert.All(Result.Marks, m => Assert.DoesNotMatch(@"[A-Z]{3}-\d", m.Message));
    }

    [Fact]
    public void Build_GrowthRatesNeedLastYearsActualValue()
    {
        var marks = Result.Marks.Where(m => m.Reason == RevisitReason.PriorYearData).ToList();
        var growthRows = Approved.Projects.SelectMany(p => p.Indicators.Select((i, n) => (p.ProjectCode, Row: n + 1, i.Name)))
            .Where(x => x.Name is "生态效益增长率" or "经济效益增加值" or "项目对经济效益提升比" or "项目对生态效益提升比")
            .Select(x => (x.ProjectCode, (int?)x.Row))
            .ToList();

        Assert.Equal(8, growthRows.Count);
        Assert.Equal(growthRows, marks.Select(m => (m.ProjectCode, m.IndicatorRow)));
        Assert.All(marks, m => Assert.Equal("指标值确定依据", m.Field));
        Assert.Contains("需要2023年的实际完成值", marks[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MarksTextNamingTheOldYear()
    {
        var yearMarks = Result.Marks.Where(m => m.Reason == RevisitReason.MentionsOtherYear).ToList();

        var goal = Assert.Single(yearMarks, m => m.ProjectCode == "13910223P031720100017" && m.Field.StartsWith("绩效目标[", StringComparison.Ordinal));
        Assert.Equal("“2023年公共文化惠民演出经费”提到2023年，与新年度2024年不符，请核对是否应改为2024年（审核规则：文字中的年度与预算年度不符）。", goal.Message);
        Assert.All(yearMarks, m => Assert.Contains("2023年", m.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NotesThatTheIntegratedSystemMayIssueNewCodes()
    {
        var codeMarks = Result.Marks.Where(m => m.Reason == RevisitReason.ProjectCode).ToList();

        Assert.Equal(Approved.Projects.Count, codeMarks.Count);
        Assert.Contains("一体化系统可能为2024年的延续项目另行下达编码", codeMarks[0].Message, StringComparison.Ordinal);
        Assert.Equal(Approved.Projects.Count, Result.Count(RevisitReason.Budget));
    }

    [Fact]
    public void Build_PlaceholderEmptyAndHistoricalTargets_GetTheirReasons()
    {
        var project = new BudgetProject
        {
            ProjectCode = "13068223P00000000001X",
            ProjectName = "办案经费",
            Indicators =
            [
                new Indicator { Name = "培训人次", Target = TargetValue.Parse("无") },
                new Indicator { Name = "办案数量", Target = TargetValue.Empty },
                new Indicator { Name = "结案率", Target = TargetValue.Parse("≥90%"), TargetBasis = "历史标准" },
                new Indicator { Name = "成效", Target = TargetValue.Parse("效果明显") },
            ],
        };
        var document = new PerformanceDocument { FiscalYear = 2023, Title = "某部门2023年部门预算绩效文本", Projects = [project] };

        var result = NextYearDraft.Build(document);

        Assert.Equal("某部门2024年部门预算绩效文本", result.Document.Title);
        Assert.Equal([RevisitReason.CarriedTarget, RevisitReason.Placeholder], result.For(project.ProjectCode, 1).Select(m => m.Reason));
        Assert.Equal([RevisitReason.CarriedTarget, RevisitReason.EmptyTarget], result.For(project.ProjectCode, 2).Select(m => m.Reason));
        Assert.Equal([RevisitReason.CarriedTarget, RevisitReason.PriorYearData], result.For(project.ProjectCode, 3).Select(m => m.Reason));
        Assert.Equal([RevisitReason.CarriedTarget, RevisitReason.Qualitative], result.For(project.ProjectCode, 4).Select(m => m.Reason));
        Assert.Contains(result.Marks, m => m.Reason == RevisitReason.TitleYearChanged && m.IsDocumentLevel);
        Assert.Contains("项目编码沿用2023年的编码（第7、8位为“23”）", result.For(project.ProjectCode).Single(m => m.Reason == RevisitReason.ProjectCode).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DocumentWithoutYear_IsRejectedWithAReason()
    {
        var ex = Assert.Throws<ArgumentException>(() => NextYearDraft.Build(Approved with { FiscalYear = 0 }));
        Assert.StartsWith("文档没有年度，无法生成下一年度草稿", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_CountsTheMarks()
    {
        var summary = Result.Summary();

        Assert.StartsWith("已生成2024年草稿：10个项目，90条指标全部标记为待复核；", summary, StringComparison.Ordinal);
        Assert.Contains($"指标值为100%{Result.Count(RevisitReason.FullTarget)}处", summary, StringComparison.Ordinal);
    }
}
