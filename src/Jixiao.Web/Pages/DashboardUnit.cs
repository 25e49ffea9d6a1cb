using Jixiao.Data.Queries;

namespace Jixiao.Web.Pages;

/// <summary>One row of the dashboard: the unit summary and its finding counts.</summary>
public sealed record DashboardUnit(UnitSummary Summary, int Errors, int Warnings);
