using Jixiao.Domain.Review;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>One MON rule of DOMAIN.md §11.9.</summary>
public abstract class MonitoringRule : FormRule<MonitoringAssessment>
{
    protected override ReviewDimension Dimension => ReviewDimension.Feasibility;

    protected override (string Code, string Name) ProjectOf(MonitoringAssessment context) =>
        (context.Report.ProjectCode, context.Report.ProjectName);

    protected static string RowName(IndicatorProgress row) => $"第 {row.Row} 行指标“{row.Indicator.Name}”";
}
