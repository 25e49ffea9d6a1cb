using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;

namespace Jixiao.Evaluation.Tests;

/// <summary>The EVL rules of DOMAIN.md §11.10 on small forms.</summary>
public class EvaluationRuleTests
{
    private static ScoredEvaluation Evaluate(SelfEvaluation e, BudgetProject? approved = null) =>
        ScoredEvaluation.Evaluate(e, ScoringProfile.National, approved);

    [Fact]
    public void Shortfall_WithoutReason_IsAnError()
    {
        // ≥100个, actual 80个 → shortfall, 偏差原因 empty → EVL-06 on row 1.
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "培训人次", "≥100个", "80个", 50),
            Build.Row("效益指标", "b", "≥1个", "1个", 30),
            Build.Row("满意度指标", "c", "≥1个", "1个", 10));
        var f = Assert.Single(Evaluate(e).Findings, f => f.RuleId == "EVL-06");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(1, f.IndicatorRow);
        Assert.Equal("偏差原因分析及改进措施", f.Field);
        Assert.Contains("实际完成值 80个 未达到年度指标值 ≥100个", f.Message, StringComparison.Ordinal);
    }

    /// <summary>A form printing “年度绩效目标(80分)” over “产出指标(60分)” and “效益指标(40分)” says two things of the
    /// indicators' points: 60 + 40 = 100 ≠ 80 is reported in both modes; 48 + 32 = 80 says nothing.</summary>
    [Theory]
    [InlineData(60, 40, true)]
    [InlineData(48, 32, false)]
    public void BandsNotAddingUpToTheIndicatorPoints_AreReported(int output, int effect, bool reported)
    {
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "培训人次", "≥100个", "100个", declared: output),
            Build.Row("效益指标", "知晓率", "≥90%", "95%", declared: effect)) with
        {
            Layout = new PointsLayout
            {
                BudgetPoints = 20,
                IndicatorPoints = 80,
                Groups = [new DeclaredGroup { Level1 = "产出指标", Points = output }, new DeclaredGroup { Level1 = "效益指标", Points = effect }],
            },
        };

        foreach (var mode in new[] { EvaluationMode.Score, EvaluationMode.Recheck })
        {
            var messages = ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: mode).Findings.Where(f => f.RuleId == "EVL-12").Select(f => f.Message).ToList();
            if (reported)
            {
                Assert.Contains("绩效指标注明 80 分，而“产出指标”60 分、“效益指标”40 分合计 100 分。", messages);
            }
            else
            {
                Assert.DoesNotContain(messages, m => m.StartsWith("绩效指标注明", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void ReverseOverLimit_WithoutReason_IsAnError()
    {
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "成本", "≤90万元", "95万元", 50),
            Build.Row("效益指标", "b", "≥1个", "1个", 30),
            Build.Row("满意度指标", "c", "≥1个", "1个", 10));
        Assert.Contains(Evaluate(e).Findings, f => f.RuleId == "EVL-06" && f.IndicatorRow == 1);
    }

    [Fact]
    public void DeclaredScore_FarFromComputed_IsFlagged()
    {
        // ≥100, actual 85, 分值 50 → 42.50; declared 45 differs by 2.50 > 0.5 → EVL-04. Declared 42.9 (0.4 off) passes.
        var far = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "a", "≥100个", "85个", 50, 45, "原因"),
            Build.Row("效益指标", "b", "≥1个", "1个", 30, 29.6m),
            Build.Row("满意度指标", "c", "≥1个", "1个", 10));
        var f = Assert.Single(Evaluate(far).Findings, f => f.RuleId == "EVL-04");
        Assert.Equal(1, f.IndicatorRow);
        Assert.Contains("填报得分 45.00，按公式计算为 42.50", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActualInAnotherUnit_IsFlagged()
    {
        // ≤90万元 but the clerk wrote 850000元: the numbers would be compared as 850000 > 90.
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "成本", "≤90万元", "850000元", 50, reason: "x"),
            Build.Row("效益指标", "b", "≥95%", "96百分比", 30),
            Build.Row("满意度指标", "c", "≥1个", "1个", 10));
        var f = Assert.Single(Evaluate(e).Findings, f => f.RuleId == "EVL-04");
        Assert.Equal(1, f.IndicatorRow);
        Assert.Contains("实际完成值单位“元”与年度指标值单位“万元”不一致", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredScore_AbovePoints_IsFlagged()
    {
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "a", "≥1个", "1个", 50, 55),
            Build.Row("效益指标", "b", "≥1个", "1个", 30),
            Build.Row("满意度指标", "c", "≥1个", "1个", 10));
        Assert.Contains(Evaluate(e).Findings, f => f.RuleId == "EVL-04" && f.Message.Contains("超出分值", StringComparison.Ordinal));
    }

    [Fact]
    public void Overshoot_Of130Percent_WithoutReason_IsFlagged()
    {
        // ≥10次, actual 13次 = 130% → EVL-07 warning.
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "检查次数", "≥10次", "13次", 50),
            Build.Row("效益指标", "b", "≥1个", "1个", 30),
            Build.Row("满意度指标", "c", "≥1个", "1个", 10));
        var f = Assert.Single(Evaluate(e).Findings, f => f.RuleId == "EVL-07");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("130.00%", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllFullMarks_WithMoneyUnspent_SuggestsInflation()
    {
        // 执行率 80% with a reason, but every indicator full → EVL-10.
        var scored = Evaluate(Build.Evaluation(100, 80, "合同尾款未付", Build.FullRows()));
        var f = Assert.Single(scored.Findings, f => f.RuleId == "EVL-10");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.DoesNotContain(Evaluate(Build.Evaluation(100, 100, "", Build.FullRows())).Findings, f => f.RuleId == "EVL-10");
    }

    [Fact]
    public void UnscorableRow_IsNotCountedAsFullMarks()
    {
        // 执行率 80% and a row whose 实际完成值 cannot be read: that row scores 0, so EVL-10 (all full) does not fire,
        // while EVL-04 reports the unreadable value as an error.
        var e = Build.Evaluation(100, 80, "尾款", Build.Row("产出指标", "a", "≥1个", "已完成", 50), Build.Row("效益指标", "b", "≥1个", "1个", 30), Build.Row("满意度指标", "c", "≥1个", "1个", 10));
        var findings = Evaluate(e).Findings;
        Assert.DoesNotContain(findings, f => f.RuleId == "EVL-10");
        Assert.Contains(findings, f => f.RuleId == "EVL-04" && f.Severity == Severity.Error && f.IndicatorRow == 1);
    }

    [Fact]
    public void DeclaredGrade_DifferentFromComputed_IsAnError()
    {
        // Budget 10 × 0.5 = 5.00 + 90 = 95.00 → 优; declared 良 → EVL-08.
        var e = Build.Evaluation(100, 50, "年底追加", Build.FullRows()) with { DeclaredGrade = Grade.Good, DeclaredTotal = 95m };
        var f = Assert.Single(Evaluate(e).Findings, f => f.RuleId == "EVL-08");
        Assert.Contains("“良”", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowsDifferingFromApprovedGoals_AreErrors()
    {
        // Approved: 产出/数量/培训人次 ≥100人次 and 满意度/…/学员满意度 ≥90%.
        // Self-evaluation: 培训人次 target changed to ≥80人次, 满意度 row dropped, a new 效益 row added.
        var approved = new BudgetProject
        {
            ProjectCode = "13060223P00041270006K",
            Indicators =
            [
                new Indicator { Level1 = "产出指标", Level2 = "数量指标", Name = "培训人次", Target = TargetValue.Parse("≥100人次") },
                new Indicator { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "学员满意度", Target = TargetValue.Parse("≥90%") },
            ],
        };
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "培训人次", "≥80人次", "85人次", 50),
            Build.Row("效益指标", "新增指标", "≥1个", "1个", 30));
        var evl09 = Evaluate(e, approved).Findings.Where(f => f.RuleId == "EVL-09").ToList();
        Assert.Equal(3, evl09.Count);
        Assert.Contains(evl09, f => f.Field == "年度指标值" && f.Message.Contains("≥100人次", StringComparison.Ordinal));
        Assert.Contains(evl09, f => f.IndicatorRow == 2 && f.Message.Contains("不在批复的绩效目标表中", StringComparison.Ordinal));
        Assert.Contains(evl09, f => f.Message.Contains("学员满意度", StringComparison.Ordinal) && f.Message.Contains("缺失", StringComparison.Ordinal));
    }

    [Fact]
    public void RowsMatchingApprovedGoals_PassEvl09_EvenWithFullWidthForms()
    {
        var approved = new BudgetProject
        {
            Indicators = [new Indicator { Level1 = "产出指标", Level2 = "数量指标", Name = "培训人次", Target = TargetValue.Parse("≥100人次") }],
        };
        var e = Build.Evaluation(10, 10, "", Build.Row("产出指标", "培训人次", "＞＝１００人次", "100人次", 50));
        Assert.DoesNotContain(Evaluate(e, approved).Findings, f => f.RuleId == "EVL-09");
    }

    [Fact]
    public void IndicatorOutsideEveryBlock_IsAnError()
    {
        var e = Build.Evaluation(10, 10, "", [.. Build.FullRows(), Build.Row("过程指标", "资金到位率", "=100%", "100%")]);
        var scored = Evaluate(e);
        Assert.Contains(scored.Findings, f => f.RuleId == "EVL-01" && f.IndicatorRow == 4 && f.Severity == Severity.Error);
        Assert.Equal(0m, scored.Result.Indicators[3].Score);
    }

    [Fact]
    public void EveryFinding_HasMessageFixAndSource()
    {
        var e = Build.Evaluation(100, 50, "",
            Build.Row("产出指标", "a", "≥100个", "80个", 50, 49),
            Build.Row("效益指标", "b", "效果明显", "部分达成", 30, 29),
            Build.Row("满意度指标", "c", "≥90%", "不详", 10));
        var findings = Evaluate(e).Findings;
        Assert.True(findings.Count >= 4);
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
            Assert.False(string.IsNullOrWhiteSpace(f.Fix));
            Assert.False(string.IsNullOrWhiteSpace(f.Source));
            Assert.Equal("13060223P00041270006K", f.ProjectCode);
        });
    }
}
