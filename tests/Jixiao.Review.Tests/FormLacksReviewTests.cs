using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Tests;
using F = Jixiao.Domain.Goals.FormFields;

namespace Jixiao.Review.Tests;

/// <summary>
/// A table is judged by what its form asks for: the clean document as another province's goal tables give it (no
/// Part 1, no 单位代码, 项目编码, 资金用途 or 资金支出计划 cell, no 绩效指标描述 or 指标值确定依据 column) against the
/// same tables in Jixiao's full form, where every one of those empty cells is a defect.
/// </summary>
public class FormLacksReviewTests
{
    private const F Everything = F.UnitCode | F.ProjectCode | F.FundUse | F.SpendingPlan | F.Description | F.TargetBasis;

    /// <summary>The clean document with those cells empty, its form recorded as lacking <paramref name="lacks"/>
    /// (Part 1 lacking as well unless the form is the full one).</summary>
    private static PerformanceDocument GoalTables(FormFields lacks)
    {
        var clean = CleanDocument.Create();
        return clean with
        {
            DepartmentGoals = new DepartmentGoals(),
            FormLacks = lacks == F.None ? F.None : F.Part1,
            Projects = [.. clean.Projects.Select(p => p with
            {
                UnitCode = string.Empty,
                ProjectCode = string.Empty,
                FundUse = string.Empty,
                SpendingPlan = SpendingPlan.Empty,
                Indicators = [.. p.Indicators.Select(i => i with { Description = string.Empty, TargetBasis = string.Empty })],
                FormLacks = lacks,
            })],
        };
    }

    [Fact]
    public void FullForm_EveryEmptyCellIsADefect()
    {
        var report = new ReviewEngine().Review(GoalTables(F.None));

        Assert.Equal(3, report.Findings.Count(f => f.RuleId == "STR-01" && f.Severity == Severity.Error));
        Assert.Equal(6, report.Findings.Count(f => f.RuleId == "STR-03" && f.Field is ReviewFields.UnitCode or ReviewFields.FundUse));
        Assert.Equal(20, report.Findings.Count(f => f.RuleId == "STR-04" && f.Field == ReviewFields.Basis));
        Assert.Equal(20, report.Findings.Count(f => f.RuleId == "TXT-08"));
        Assert.Equal(3, report.Findings.Count(f => f.RuleId == "FIN-02"));
        Assert.Equal(3, report.Findings.Count(f => f.RuleId == "COD-01"));
        Assert.DoesNotContain(report.Findings, f => f.Field == ReviewFields.Form);
        Assert.Equal([27.34m, 27.34m, 27.34m], report.TableScores.Select(t => t.Score));
        // Each table: 100 × 0.6 (STR-03) × 0.6 (STR-04) × 0.85 (TXT-08) × 0.95 (FIN-02) × 0.95 (COD-01) × 0.99 (VAL-12,
        // the satisfaction rows' empty description); the document × 0.6 for Part 1 (STR-01).
        Assert.Equal(16.40m, report.DocumentScore);
        Assert.Equal(Grade.Poor, report.DocumentGrade);
    }

    [Fact]
    public void FormWithoutThoseParts_OneNotePerTableAndFile_NoDeduction()
    {
        var report = new ReviewEngine().Review(GoalTables(Everything));

        var notes = report.Findings.Where(f => f.Field == ReviewFields.Form).ToList();
        Assert.Equal(4, notes.Count);
        Assert.All(notes, n => Assert.Equal(Severity.Info, n.Severity));
        var file = Assert.Single(notes, n => n.ProjectSequence is null);
        Assert.Equal("STR-01", file.RuleId);
        Assert.Equal("本文件只有项目绩效目标表，没有第一部分（总体绩效目标、分项绩效目标、工作保障措施），第一部分未作检查，也不扣分。", file.Message);
        var table = notes.Single(n => n.ProjectSequence == 1);
        Assert.Equal("STR-03", table.RuleId);
        Assert.Equal("第1张表《检举举报平台经费》所用表式没有“单位代码”“项目编码”“资金用途”“资金支出计划”“绩效指标描述”“指标值确定依据”栏，这些栏目未逐项检查，也不扣分。", table.Message);
        Assert.Equal("如本地要求填报，请在项目页补填；补填后即按要求检查。", table.Fix);
        Assert.DoesNotContain(report.Findings, f => f.Field is ReviewFields.UnitCode or ReviewFields.ProjectCode or ReviewFields.FundUse
            or ReviewFields.SpendingPlan or ReviewFields.Description or ReviewFields.Basis or ReviewFields.OverallGoal or ReviewFields.SubGoals or ReviewFields.Safeguards);
        Assert.Equal([100m, 100m, 100m], report.TableScores.Select(t => t.Score));
        Assert.Equal(100m, report.DocumentScore);
        Assert.Equal(Grade.Excellent, report.DocumentGrade);
    }

    [Fact]
    public void FieldTheFormHasButLeftEmpty_IsStillADefect()
    {
        // The form has head cells for the codes, 资金用途 and the plan, but no description or basis column.
        var report = new ReviewEngine().Review(GoalTables(F.Description | F.TargetBasis));

        var note = report.Findings.Single(f => f.Field == ReviewFields.Form && f.ProjectSequence == 2);
        Assert.Equal("第2张表《纪委全会经费》所用表式没有“绩效指标描述”“指标值确定依据”栏，这些栏目未逐项检查，也不扣分。", note.Message);
        Assert.Equal(6, report.Findings.Count(f => f.RuleId == "STR-03" && f.Severity == Severity.Error));
        Assert.Equal(3, report.Findings.Count(f => f.RuleId == "FIN-02"));
        Assert.DoesNotContain(report.Findings, f => f.Field is ReviewFields.Description or ReviewFields.Basis);
        // 100 × 0.6 (STR-03: 单位代码, 资金用途) × 0.95 (FIN-02) × 0.95 (COD-01).
        Assert.Equal([54.15m, 54.15m, 54.15m], report.TableScores.Select(t => t.Score));
        Assert.Equal(54.15m, report.DocumentScore);
    }

    [Fact]
    public void LackingFieldFilledIn_IsCheckedRowByRow()
    {
        // A basis written into one row (on the project page) makes the column asked for: the rows left empty are defects.
        var document = GoalTables(Everything).Row(0, 0, r => r with { TargetBasis = "计划标准：2022年平台运维服务合同" });

        var report = new ReviewEngine().Review(document);

        Assert.Equal(6, report.Findings.Count(f => f.RuleId == "STR-04" && f.ProjectSequence == 1 && f.Field == ReviewFields.Basis));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "STR-04" && f.ProjectSequence != 1);
        Assert.Contains("“绩效指标描述”栏", report.Findings.Single(f => f.Field == ReviewFields.Form && f.ProjectSequence == 1).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("指标值确定依据", report.Findings.Single(f => f.Field == ReviewFields.Form && f.ProjectSequence == 1).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoteStaysAHint_WhateverSeverityTheProfileGivesTheRule()
    {
        var profile = ReviewProfile.FromJson("""{ "rules": { "STR-03": { "severity": "error" } } }""");

        var report = new ReviewEngine().Review(GoalTables(Everything), profile);

        Assert.All(report.Findings.Where(f => f.Field == ReviewFields.Form), n => Assert.Equal(Severity.Info, n.Severity));
        Assert.Equal([100m, 100m, 100m], report.TableScores.Select(t => t.Score));
    }

    [Fact]
    public void DefaultForm_LacksNothing_CleanDocumentUnchanged()
    {
        var clean = CleanDocument.Create();

        Assert.Equal(F.None, clean.FormLacks);
        Assert.All(clean.Projects, p => Assert.Equal(F.None, p.FormLacks));
        Assert.Empty(new ReviewEngine().Review(clean).Findings);
    }

    [Fact]
    public void EachTablePartsName_IsTheReviewFieldItSilences_AndPart1IsNoTableField()
    {
        var tableParts = new[] { F.UnitCode, F.ProjectCode, F.FundUse, F.SpendingPlan, F.Description, F.TargetBasis };

        // The name the note prints is the field whose findings the form's lack silences, one for one.
        Assert.All(tableParts, part => Assert.Equal(part, FormNotice.OfTableField(Assert.Single(part.PartNames()))));
        Assert.Equal("第一部分、单位代码、指标值确定依据", (F.Part1 | F.UnitCode | F.TargetBasis).Names());
        Assert.Equal(string.Empty, F.None.Names());
        Assert.Equal(F.None, FormNotice.OfTableField("第一部分"));
    }

    [Fact]
    public void DepartmentTableAlone_IsNotFaultedForSubGoalsSafeguardsOrProjectTables_ItsFormHasNone()
    {
        var clean = CleanDocument.Create();
        var table = clean with
        {
            DepartmentGoals = new DepartmentGoals { OverallGoal = clean.DepartmentGoals.OverallGoal, Duties = "负责全县纪检监察工作。" },
            Projects = [],
        };

        var asText = new ReviewEngine().Review(table);
        var asTable = new ReviewEngine().Review(table with { FormLacks = F.SubGoals | F.Safeguards | F.Part2 });

        // Read as a department's text: three errors of STR-01. As the table it came in: one note, nothing deducted.
        Assert.Equal(3, asText.Findings.Count(f => f.RuleId == "STR-01" && f.Severity == Severity.Error));
        var note = Assert.Single(asTable.Findings, f => f.RuleId == "STR-01");
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Equal("本文件所用的部门整体支出绩效目标表没有“分项绩效目标”“工作保障措施”“第二部分”，这些部分未作检查，也不扣分。", note.Message);
        Assert.True(asTable.DocumentScore > asText.DocumentScore, $"{asTable.DocumentScore} vs {asText.DocumentScore}");

        // Sub-goals written in on the unit page are checked from then on.
        var written = table with { FormLacks = F.SubGoals | F.Safeguards | F.Part2, DepartmentGoals = clean.DepartmentGoals };
        Assert.Equal(F.Part2, written.StillLacking());
    }
}
