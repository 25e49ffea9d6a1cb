using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Workflow;

namespace Jixiao.Application.Dashboard;

/// <summary>A unit's page for one year: its department's Part 1 and its projects with their findings, and what the
/// user may do there.</summary>
public sealed record UnitPage(
    Unit Unit,
    int FiscalYear,
    IReadOnlyList<int> Years,
    DepartmentDocument? Document,
    DepartmentGoals? Part1,
    bool CanEditPart1,
    bool CanEdit,
    IReadOnlyList<UnitProject> Projects)
{
    /// <summary>Where the department's document is in the workflow (null: no document this year).</summary>
    public DocumentState? State { get; init; }

    /// <summary>Who must act next on the document: "待 审核人员 批复或退回".</summary>
    public string? WaitingFor => State is { } state ? WorkflowGuidance.WaitingFor(state, TransitionTable.Standard) : null;

    /// <summary>The findings of the latest review about Part 1 and the document as a whole (not one project).</summary>
    public IReadOnlyList<Review.FindingRow> Part1Findings { get; init; } = [];
}
