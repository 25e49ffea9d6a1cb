using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain;
using Jixiao.Domain.Review;

namespace Jixiao.Cli.Review;

/// <summary>Machine-readable review report (camelCase JSON; severities and dimensions as lower-case words).</summary>
internal static class ReviewJsonFormat
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(ReviewView view)
    {
        var r = view.Report;
        var dto = new
        {
            file = view.File,
            taxonomyProfile = view.TaxonomyProfile,
            reviewProfile = r.ProfileId,
            documentScore = r.DocumentScore,
            documentGrade = r.DocumentGrade.ToChinese(),
            consequence = r.DocumentGrade.ReviewConsequence(),
            counts = new { errors = r.Errors, warnings = r.Warnings, infos = r.Infos },
            minSeverity = view.MinSeverity,
            tables = r.TableScores.Select(t => new
            {
                sequence = t.Sequence,
                projectCode = t.ProjectCode,
                projectName = t.ProjectName,
                score = t.Score,
                grade = t.Grade.ToChinese(),
                errors = t.Errors,
                warnings = t.Warnings,
                infos = t.Infos,
            }),
            findings = r.Findings.Where(f => f.Severity >= view.MinSeverity).Select(f => new
            {
                ruleId = f.RuleId,
                title = r.Rule(f.RuleId)?.Title,
                category = f.Category,
                severity = f.Severity,
                dimension = f.Dimension.ToChinese(),
                projectSequence = f.ProjectSequence,
                projectCode = f.ProjectCode,
                projectName = f.ProjectName,
                indicatorRow = f.IndicatorRow,
                goalNumber = f.GoalNumber,
                field = f.Field,
                message = f.Message,
                fix = f.Fix,
                source = f.Source,
            }),
        };
        return JsonSerializer.Serialize(dto, Options) + "\n";
    }
}
