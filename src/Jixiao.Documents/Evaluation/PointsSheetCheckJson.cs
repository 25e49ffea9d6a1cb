using System.Text.Json;
using Jixiao.Documents.Json;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Documents.Evaluation;

/// <summary>A table re-checked by its printed points as JSON (`jixiao score --format json`, the web API): every row's
/// 分值, 得分系数 and 得分 with 分值 × 系数 where a coefficient is printed, the groups' printed points against their rows,
/// the execution score printed and recomputed, the total printed and recomputed, the grade, the findings. Output only.</summary>
public static class PointsSheetCheckJson
{
    public const string FormatId = "jixiao.points-sheet-recheck/1";

    public static string Write(PointsSheetCheck check)
    {
        var s = check.Sheet;
        var dto = new
        {
            format = FormatId,
            title = s.Title,
            departmentName = s.DepartmentName,
            place = s.Place,
            rows = s.Rows.Select((r, i) => new
            {
                row = i + 1,
                level1 = r.Level1,
                level2 = r.Level2,
                name = r.Name,
                points = r.Points,
                coefficientPercent = r.CoefficientPercent,
                score = r.Score,
                scoreByCoefficient = r.ScoreByCoefficient,
                place = r.Place.Length > 0 ? r.Place : null,
            }),
            groups = s.Groups.Where(g => g.Points is not null).Select(g => new { label = g.Label, points = g.Points, rowPoints = s.RowsOf(g).Sum(r => r.Points ?? 0) }),
            execution = s.ExecutionPoints is null && s.ExecutionScore is null ? null : new
            {
                points = s.ExecutionPoints,
                ratePercent = s.ExecutionRate is { } rate ? ScoreRounding.Round(rate * 100m) : (decimal?)null,
                score = s.ExecutionScore,
                scoreByRate = s.ExecutionScoreByRate,
            },
            total = check.Total,
            declaredTotal = s.DeclaredTotal,
            fullMarks = check.FullMarks,
            grade = check.Grade.ToChinese(),
            declaredGrade = s.DeclaredGrade?.ToChinese(),
            findings = check.Findings.Select(f => new { severity = f.Severity.ToString().ToLowerInvariant(), message = f.Message, fix = f.Fix, place = f.Place.Length > 0 ? f.Place : null }),
        };
        return JsonSerializer.Serialize(dto, DocumentJson.Options);
    }
}
