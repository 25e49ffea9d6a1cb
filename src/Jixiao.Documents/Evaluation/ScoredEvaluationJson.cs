using System.Text.Json;
using Jixiao.Documents.FormReading;
using Jixiao.Documents.Json;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Documents.Evaluation;

/// <summary>The scored 自评表 as JSON (`jixiao score --format json`, the web API): the mode (score / recheck), every
/// 分值 and 得分 (numbers, 2 decimals) with its explanation, what a re-check kept and why, the total, the grade or
/// "未填报", the EVL findings, and — for a form read from a file — the money unit and the skipped rows. Output only.</summary>
public static class ScoredEvaluationJson
{
    public const string FormatId = "jixiao.self-evaluation-score/1";

    public static string Write(ScoredEvaluation scored, ImportedSelfEvaluation? source = null)
    {
        var r = scored.Result;
        var e = r.Evaluation;
        var dto = new
        {
            format = FormatId,
            mode = r.Mode == EvaluationMode.Recheck ? "recheck" : "score",
            status = scored.Status,
            blank = scored.IsBlank,
            source = source is null ? null : FormSourceJson.Of(source.TableName, source.MoneyUnit, e.Indicators.Count, source.Skipped),
            fiscalYear = e.FiscalYear,
            projectCode = e.ProjectCode,
            projectName = e.ProjectName,
            profile = r.Profile.Id,
            budget = new
            {
                initialBudget = e.Budget.InitialBudget.ToWanYuanString(),
                adjustedBudget = e.Budget.AdjustedBudget.ToWanYuanString(),
                spent = e.Budget.Spent.ToWanYuanString(),
                executionRatePercent = r.Budget.ExecutionRate is { } rate ? ScoreRounding.Round(rate * 100m) : (decimal?)null,
                points = ScoreRounding.Round(r.Budget.Points),
                score = r.Budget.Score,
                declaredScore = e.Budget.DeclaredScore,
                reviewedScore = e.Budget.ReviewedScore,
                kept = r.Budget.Kept,
                explanation = r.Budget.Explanation,
            },
            indicators = r.Indicators.Select(i => new
            {
                row = i.Row,
                level1 = i.Indicator.Level1,
                level2 = i.Indicator.Level2,
                name = i.Indicator.Name,
                target = i.Indicator.Target.Text,
                actual = i.Indicator.Actual,
                method = i.Method.ToString().ToLowerInvariant(),
                block = i.Block,
                points = ScoreRounding.Round(i.Points),
                score = i.Score,
                declaredScore = i.Indicator.DeclaredScore,
                reviewedScore = i.Indicator.ReviewedScore,
                difference = i.Difference,
                notRecheckable = i.NotRecheckableReason,
                subtotalOf = i.Indicator.IsSubtotal ? i.Indicator.SubtotalMembers : (int?)null,
                place = i.Indicator.Place.Length > 0 ? i.Indicator.Place : null,
                pointsExplanation = i.PointsExplanation,
                explanation = i.Explanation,
                deviationReason = i.Indicator.DeviationReason,
                notApplicable = i.Indicator.NotApplicable,
            }),
            blockNotes = r.BlockNotes,
            total = scored.IsBlank ? (decimal?)null : r.Total,
            grade = scored.IsBlank ? null : r.Grade.ToChinese(),
            declaredTotal = e.DeclaredTotal,
            declaredGrade = e.DeclaredGrade?.ToChinese(),
            reviewedTotal = e.ReviewedTotal,
            totalExplanation = r.TotalExplanation,
            findings = scored.Findings.Select(FindingDto.From),
        };
        return JsonSerializer.Serialize(dto, DocumentJson.Options);
    }
}
