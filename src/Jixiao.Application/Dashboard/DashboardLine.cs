
namespace Jixiao.Application.Dashboard;

/// <summary>One unit on the dashboard: its summary, the score of the latest review, and error/warning counts.</summary>
public sealed record DashboardLine(UnitSummary Summary, decimal? LatestScore, int Errors, int Warnings);
