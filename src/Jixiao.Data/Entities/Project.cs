namespace Jixiao.Data.Entities;

/// <summary>
/// A budget project's identity: (fiscal year, project code). Its content lives in <see cref="Versions"/>; a
/// re-import that changes the table adds a version and moves <see cref="CurrentVersion"/>, and earlier versions
/// stay readable.
/// </summary>
public class Project
{
    public int Id { get; set; }

    public int FiscalYear { get; set; }

    /// <summary>项目编码 (normalized: half-width, upper case); empty when the table gave none (many provincial goal
    /// tables have no code). Such a project is known by its name within its document until a code is filled in.</summary>
    public string Code { get; set; } = string.Empty;

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public int DocumentId { get; set; }

    public DepartmentDocument? Document { get; set; }

    /// <summary>The <see cref="ProjectVersion.Number"/> that is in force.</summary>
    public int CurrentVersion { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when a later import of the same document no longer contains the project; such projects are
    /// left out of lists and totals but keep their versions.</summary>
    public DateTime? RemovedAt { get; set; }

    public List<ProjectVersion> Versions { get; set; } = [];
}
