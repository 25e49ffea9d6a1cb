using Jixiao.Domain.Review;

namespace Jixiao.Documents.Json;

/// <summary>A finding in the JSON outputs of scoring and monitoring.</summary>
internal sealed class FindingDto
{
    public string RuleId { get; set; } = string.Empty;

    public string Severity { get; set; } = string.Empty;

    public string? ProjectCode { get; set; }

    public int? IndicatorRow { get; set; }

    public string? Field { get; set; }

    public string Message { get; set; } = string.Empty;

    public string Fix { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    public static FindingDto From(Finding f) => new()
    {
        RuleId = f.RuleId,
        Severity = f.Severity.ToString().ToLowerInvariant(),
        ProjectCode = f.ProjectCode,
        IndicatorRow = f.IndicatorRow,
        Field = f.Field,
        Message = f.Message,
        Fix = f.Fix,
        Source = f.Source,
    };
}
