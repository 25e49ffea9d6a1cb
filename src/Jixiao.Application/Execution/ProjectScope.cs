using Jixiao.Application.Documents;
using Jixiao.Data.Entities;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Application.Execution;

/// <summary>A project as the execution, monitoring and self-evaluation pages see it: its current approved table,
/// its unit, the region's 监控方案 and scoring profile, and what the signed-in user may do with it.</summary>
public sealed record ProjectScope(ProjectDetails Details, Unit Unit, MonitoringProfile MonitoringProfile, ScoringProfile ScoringProfile, bool CanRead, bool CanEdit)
{
    public int ProjectId => Details.ProjectId;

    public int FiscalYear => Details.FiscalYear;

    public string Title => $"{Details.Content.Sequence}.{Details.Content.ProjectName}";
}
