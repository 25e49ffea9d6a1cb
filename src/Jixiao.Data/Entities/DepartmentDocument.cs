using Jixiao.Domain.Goals;

namespace Jixiao.Data.Entities;

/// <summary>
/// One department's 部门预算绩效文本 for a fiscal year, identified by (region, department code, year). Holds
/// Part 1 (部门整体绩效目标) as last imported; the project tables of Part 2 are <see cref="Project"/> rows with
/// their own versions. Changes to Part 1 are recorded in the audit trail.
/// </summary>
public class DepartmentDocument
{
    public int Id { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public string DepartmentCode { get; set; } = string.Empty;

    public int FiscalYear { get; set; }

    public string DepartmentName { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public ValueSource FiscalYearSource { get; set; }

    public ValueSource RegionSource { get; set; }

    public string MoneyUnit { get; set; } = "万元";

    /// <summary>A or B (DOMAIN.md §3.1).</summary>
    public string TaxonomyProfile { get; set; } = "A";

    /// <summary>总体绩效目标.</summary>
    public string OverallGoal { get; set; } = string.Empty;

    /// <summary>Part1 when the imported file held goal tables only (<see cref="Domain.Goals.FormFields"/>, stored as
    /// its number); 0 for a department's 部门预算绩效文本.</summary>
    public Domain.Goals.FormFields FormLacks { get; set; }

    public List<DocumentSubGoal> SubGoals { get; set; } = [];

    public List<DocumentSafeguard> Safeguards { get; set; } = [];

    /// <summary>部门职能, 年度主要任务, funds and indicator rows of a 部门整体支出绩效目标表 as JSON
    /// (<see cref="Mapping.DepartmentTableJson"/>); empty when Part 1 came as text.</summary>
    public string DepartmentTable { get; set; } = string.Empty;

    public List<Project> Projects { get; set; } = [];

    /// <summary>The file name of the last import.</summary>
    public string SourceFile { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public WorkflowState? Workflow { get; set; }
}
