using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Web.Execution;

/// <summary>One project of the unit or region view: its lights at the checkpoint and its self-evaluation.</summary>
public sealed record OverviewRow(
    int ProjectId,
    int UnitId,
    string UnitName,
    BudgetProject Approved,
    ExecutionData Execution,
    MonitoringAssessment Assessment,
    bool MonitoringReported,
    decimal? Score,
    Grade? Grade);
