using Jixiao.Domain.Review;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>One EVL rule of DOMAIN.md §11.10: an id, its usual severity, its source, and a check.</summary>
public abstract class EvaluationRule
{
    public abstract string Id { get; }

    public abstract Severity Severity { get; }

    /// <summary>Where the rule comes from, for the finding's Source.</summary>
    public abstract string Source { get; }

    public abstract IEnumerable<Finding> Check(EvaluationContext context);

    protected Finding Make(EvaluationContext context, string message, string fix, int? row = null, string? field = null, Severity? severity = null) => new()
    {
        RuleId = Id,
        Severity = severity ?? Severity,
        Dimension = ReviewDimension.Appropriateness,
        ProjectCode = context.Evaluation.ProjectCode,
        ProjectName = context.Evaluation.ProjectName,
        IndicatorRow = row,
        Field = field,
        Message = message,
        Fix = fix,
        Source = Source,
    };

    /// <summary>"第 3 行“办案数量”" for messages.</summary>
    protected static string RowName(IndicatorScore row) => $"第 {row.Row} 行指标“{row.Indicator.Name}”";
}
