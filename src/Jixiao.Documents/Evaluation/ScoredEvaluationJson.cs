using System.Text.Json;
using Jixiao.Documents.Json;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Documents.Evaluation;

/// <summary>The scored 自评表 as JSON (`jixiao score --format json`, the web API): every 分值 and 得分 (numbers, 2
/// decimals) with its explanation, the total, the grade and the EVL findings. Output only.</summary>
public static class ScoredEvaluationJson
{
    public const string FormatId = "jixiao.self-evaluation-score/1";

    public static string Write(ScoredEvaluation scored)
    {
        var r = scored.Result;
        var e = r.Evaluation;
        var dto = new
        {
            format = FormatId,
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
                pointsExplanation = i.PointsExplanation,
                explanation = i.Explanation,
                deviationReason = i.Indicator.DeviationReason,
                notApplicable = i.Indicator.NotApplicable,
            }),
            blockNotes = r.BlockNotes,
            total = r.Total,
            grade = r.Grade.ToChinese(),
            totalExplanation = r.TotalExplanation,
            findings = scored.Findings.Select(FindingDto.From),
        };
        return JsonSerializer.Serialize(dto, DocumentJson.Options);
    }
}
