using Jixiao.Domain.Review;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>One EVL rule of DOMAIN.md §11.10.</summary>
public abstract class EvaluationRule : FormRule<EvaluationContext>
{
    protected override ReviewDimension Dimension => ReviewDimension.Appropriateness;

    protected override (string Code, string Name) ProjectOf(EvaluationContext context) =>
        (context.Evaluation.ProjectCode, context.Evaluation.ProjectName);

    /// <summary>"第 3 行指标“办案数量”" for messages.</summary>
    protected static string RowName(IndicatorScore row) => $"第 {row.Row} 行指标“{row.Indicator.Name}”";
}
