using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Goals;

namespace Jixiao.Application.Execution;

/// <summary>One project of the list: its stored line with the unit and project names and the stored self-evaluation.</summary>
public sealed record OverviewLine(ExecutionSummary Summary, string UnitName, string ProjectName, decimal? Score, Grade? Grade)
{
    public Money Budget => new(Summary.BudgetFen);

    public Money Spent => new(Summary.SpentFen);

    /// <summary>执行率 as a fraction, exactly as <see cref="Domain.Monitoring.MonitoringReport.ExecutionRate"/>.</summary>
    public decimal? ExecutionRate => Summary.BudgetFen == 0 ? null : Summary.SpentFen / (decimal)Summary.BudgetFen;
}
