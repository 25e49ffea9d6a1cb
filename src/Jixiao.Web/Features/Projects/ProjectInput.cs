namespace Jixiao.Web.Features.Projects;

/// <summary>A project table as sent to <c>PUT /api/v1/projects/{id}</c>: the <c>project</c> object of
/// docs/jixiao-document.schema.json (money as 万元 strings, the target's <c>text</c> authoritative). The identity
/// fields (sequence, unit code, project code) are optional; when given they must match the stored project.</summary>
public sealed class ProjectInput
{
    public int? Sequence { get; set; }

    public string? UnitCode { get; set; }

    public string? UnitName { get; set; }

    public string? ProjectCode { get; set; }

    public string? ProjectName { get; set; }

    public string? Budget { get; set; }

    public string? FiscalFunds { get; set; }

    public string? OtherFunds { get; set; }

    public string? FundUse { get; set; }

    public List<PlanPointInput> SpendingPlan { get; set; } = [];

    public List<GoalInput> Goals { get; set; } = [];

    public List<IndicatorJsonInput> Indicators { get; set; } = [];
}
