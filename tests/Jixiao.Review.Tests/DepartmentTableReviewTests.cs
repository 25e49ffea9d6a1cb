using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using F = Jixiao.Domain.Goals.FormFields;

namespace Jixiao.Review.Tests;

/// <summary>
/// The 部门整体支出绩效目标表 is judged as Part 1: its indicator rows by the rules of a project's indicator rows, its
/// sums by FIN-08, every finding the document's (no table sequence), located by row and cell.
/// </summary>
public class DepartmentTableReviewTests
{
    private static Indicator Row(string level1, string level2, string name, string target, string basis = "") =>
        new() { Level1 = level1, Level2 = level2, Name = name, Target = TargetValue.Parse(target), TargetBasis = basis };

    private static Money W(decimal wanYuan) => Money.FromWanYuan(wanYuan);

    /// <summary>A department's table alone, as the 88号 form gives it (no 描述 or 依据 column), with the defects units
    /// leave in it: a bare comparator, XX, a number without unit, an empty value, a wrong 一级 and a wrong pair, no
    /// 满意度 row, tasks that do not add up to the 金额合计 and a task whose parts do not make its 总额.</summary>
    internal static PerformanceDocument Defective() => new()
    {
        DepartmentName = "某县文化广电局",
        FiscalYear = 2024,
        FormLacks = F.SubGoals | F.Safeguards | F.Part2,
        DepartmentGoals = new DepartmentGoals
        {
            Duties = "负责全县文化、广播电视和旅游工作。",
            OverallGoal = "组织群众文化活动，保障广播电视公共服务。",
            Tasks =
            [
                new DepartmentTask { Name = "群众文化活动", Content = "送戏下乡", Budget = W(100m), FiscalFunds = W(80m), OtherFunds = W(10m) },
                new DepartmentTask { Name = "广播电视公共服务", Content = "村村通维护", Budget = W(50m), FiscalFunds = W(50m) },
            ],
            Funds =
            [
                new DepartmentFund { Label = "金额合计", Amount = W(160m) },
                new DepartmentFund { Label = "财政拨款", Amount = W(130m) },
                new DepartmentFund { Label = "其他资金", Amount = W(30m) },
            ],
            Indicators =
            [
                Row("产出指标", "数量指标", "送戏下乡场次", "≥"),
                Row("产出指标", "质量指标", "演出合格率", "XX"),
                Row("产出指标", "时效指标", "活动完成时间", ""),
                Row("效益指标", "社会效益指标", "群众参与人次", "5000"),
                Row("影响指标", "社会效益指标", "文化服务覆盖", "有效提升"),
                Row("效益指标", "数量指标", "广播电视覆盖率", "≥98%"),
            ],
        },
    };

    [Fact]
    public void DefectiveTable_EachDefectIsAFindingOfPart1_AndTheScoreShowsThem()
    {
        var report = new ReviewEngine().Review(Defective());

        Assert.Equal(
            [
                ("STR-04", Severity.Error, 3, "指标值", "部门整体绩效目标表第3行“活动完成时间”的“指标值”为空。"),
                ("STR-06", Severity.Warning, 0, "一级指标", "部门整体绩效目标表没有任何“满意度指标”。"),
                ("TAX-01", Severity.Error, 5, "一级指标", "部门整体绩效目标表第5行“文化服务覆盖”的一级指标“影响指标”不属于88号/34号 指标体系（产出、效益、满意度）。"),
                ("TAX-02", Severity.Error, 6, "二级指标", "部门整体绩效目标表第6行“广播电视覆盖率”的二级指标“数量指标”不能放在一级指标“效益指标”下（在A体系中它属于“产出指标”）。"),
                ("VAL-01", Severity.Error, 1, "指标值", "部门整体绩效目标表第1行“送戏下乡场次”：指标值“≥”有比较符号“≥”但后面没有数字。"),
                ("VAL-02", Severity.Warning, 4, "指标值", "部门整体绩效目标表第4行“群众参与人次”的指标值“5000”只有数字，没有计量单位。"),
                ("VAL-04", Severity.Warning, 5, "指标值", "部门整体绩效目标表第5行“文化服务覆盖”的指标值“有效提升”只有“提升”这类含糊表述，年底无法判断是否达成。"),
                ("VAL-05", Severity.Warning, 2, "指标值", "部门整体绩效目标表第2行“演出合格率”的指标值“XX”是占位符，没有实际内容。"),
                ("STR-01", Severity.Info, 0, "表式", "本文件所用的部门整体支出绩效目标表没有“分项绩效目标”“工作保障措施”“第二部分”，这些部分未作检查，也不扣分。"),
                ("FIN-08", Severity.Error, 0, "年度主要任务", "部门整体绩效目标表年度主要任务的预算金额之和 150 万元与金额合计 160 万元不符（少 10 万元）。"),
                ("FIN-08", Severity.Error, 0, "年度主要任务", "部门整体绩效目标表年度主要任务第1项“群众文化活动”的总额 100 万元不等于财政拨款与其他资金之和 90 万元。"),
            ],
            report.Findings.Select(f => (f.RuleId, f.Severity, f.IndicatorRow ?? 0, f.Field, f.Message)));
        // Part 1's findings: no table sequence, no project; the empty 指标值确定依据 / 描述 columns (the 88号 form has
        // neither) are not faulted row by row.
        Assert.All(report.Findings, f => Assert.Null(f.ProjectSequence));
        Assert.DoesNotContain(report.Findings, f => f.Field is ReviewFields.Basis or ReviewFields.Description);
        Assert.Empty(report.TableScores);
        // No tables: mean 100. Per rule, error 20 and warning 5 (FIN-08: 2 errors, 40 = its cap); the note costs nothing.
        // 100 × 0.8 (STR-04) × 0.95 (STR-06) × 0.8 (TAX-01) × 0.8 (TAX-02) × 0.8 (VAL-01) × 0.95 (VAL-02) × 0.95 (VAL-04)
        //     × 0.95 (VAL-05) × 0.6 (FIN-08) = 20.017…
        Assert.Equal(20.02m, report.DocumentScore);
        Assert.Equal(Grade.Poor, report.DocumentGrade);
    }

    [Fact]
    public void WellSetTable_NoFinding_FullScore()
    {
        var goals = Defective().DepartmentGoals with
        {
            Tasks =
            [
                new DepartmentTask { Name = "群众文化活动", Content = "送戏下乡", Budget = W(110m), FiscalFunds = W(80m), OtherFunds = W(30m) },
                new DepartmentTask { Name = "广播电视公共服务", Content = "村村通维护", Budget = W(50m), FiscalFunds = W(50m) },
            ],
            Indicators =
            [
                Row("产出指标", "数量指标", "送戏下乡场次", "≥120场"),
                Row("产出指标", "质量指标", "演出合格率", "≥95%"),
                Row("产出指标", "时效指标", "活动完成时间", "2024年12月底前"),
                Row("效益指标", "社会效益指标", "群众参与人次", "≥5000人次"),
                Row("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
            ],
        };

        var report = new ReviewEngine().Review(Defective() with { DepartmentGoals = goals });

        // Only the note that the table's form has no 分项绩效目标 (costs nothing). VAL-12 would ask for the survey method
        // in the 描述 column, which this form does not have.
        Assert.Equal(["STR-01"], report.Findings.Select(f => f.RuleId));
        Assert.Equal(100m, report.DocumentScore);
    }

    [Fact]
    public void TableWithABasisColumn_VerdictAndEmptyBasisAreFaulted_AsOnAProjectRow()
    {
        var goals = Defective().DepartmentGoals;
        var rows = goals.Indicators.Select((r, i) => i == 0 ? r with { Target = TargetValue.Parse("≥120场"), TargetBasis = "是否合格" } : r).Take(2).ToList();

        var report = new ReviewEngine().Review(Defective() with { DepartmentGoals = goals with { Indicators = rows } });

        var verdict = Assert.Single(report.Findings, f => f.RuleId == "BAS-02");
        Assert.Equal((1, ReviewFields.Basis), (verdict.IndicatorRow!.Value, verdict.Field));
        Assert.StartsWith("部门整体绩效目标表第1行“送戏下乡场次”的指标值确定依据填的是“是否合格”", verdict.Message, StringComparison.Ordinal);
        var empty = Assert.Single(report.Findings, f => f.RuleId == "STR-04" && f.Field == ReviewFields.Basis);
        Assert.Equal(2, empty.IndicatorRow);
    }

    [Fact]
    public void DisabledRule_IsSilentOnTheDepartmentTableToo()
    {
        var profile = ReviewProfile.FromJson("""{ "rules": { "VAL-05": { "enabled": false }, "FIN-08": { "enabled": false } } }""");

        var report = new ReviewEngine().Review(Defective(), profile);

        Assert.DoesNotContain(report.Findings, f => f.RuleId is "VAL-05" or "FIN-08");
        Assert.Contains(report.Findings, f => f.RuleId == "VAL-01");
    }

    [Fact]
    public void BlockPartsThatDoNotMakeTheirTotal_AreFaulted_WithinTheRoundingTolerance()
    {
        var funds = new List<DepartmentFund>
        {
            new() { Group = "支出构成", Label = "基本支出", Amount = W(724.2318m) },
            new() { Group = "支出构成", Label = "项目支出", Amount = W(243.96m) },
            new() { Group = "支出构成", Label = "合计", Amount = W(968.3m) },
            new() { Group = "收入构成", Label = "财政拨款", Amount = W(968.19m) },
            new() { Group = "收入构成", Label = "合计", Amount = W(968.1918m) },
        };
        var document = Defective() with { DepartmentGoals = new DepartmentGoals { OverallGoal = "保障机关运转。", Funds = funds } };

        var finding = Assert.Single(new ReviewEngine().Review(document).Findings, f => f.RuleId == "FIN-08");

        // 支出构成: 724.2318 + 243.96 = 968.1918 ≠ 968.3 (0.1082 万元 off). 收入构成: 968.19 vs 968.1918 is 0.0018 万元
        // off, inside FIN-01's tolerance of 0.01 万元 (the reader still says so when importing: it compares exactly).
        Assert.Equal("支出构成", finding.Field);
        Assert.Equal("部门整体绩效目标表“支出构成”中基本支出、项目支出之和 968.1918 万元与合计 968.3 万元不符。", finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
    }
}
