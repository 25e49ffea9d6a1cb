namespace Jixiao.Data.Entities;

/// <summary>
/// One version of a 项目绩效目标表, complete: money, spending plan, goals and indicator rows, plus who imported it,
/// when, and what changed against the previous version. Money is whole fen (bigint) so SQL sums are exact.
/// </summary>
public class ProjectVersion
{
    public long Id { get; set; }

    public int ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>1, 2, 3 … per project.</summary>
    public int Number { get; set; }

    /// <summary>The table's number in Part 2.</summary>
    public int Sequence { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public string UnitName { get; set; } = string.Empty;

    public string MoneyUnit { get; set; } = "万元";

    /// <summary>项目名称.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>项目编码 exactly as written in the table.</summary>
    public string CodeAsWritten { get; set; } = string.Empty;

    /// <summary>预算数 in fen.</summary>
    public long BudgetFen { get; set; }

    /// <summary>其中：财政资金 in fen; null when the cell was empty.</summary>
    public long? FiscalFundsFen { get; set; }

    /// <summary>其他资金 in fen; null when the cell was empty.</summary>
    public long? OtherFundsFen { get; set; }

    /// <summary>资金用途.</summary>
    public string FundUse { get; set; } = string.Empty;

    /// <summary>What the table's head says beyond the fields above (主管部门, 项目属性, 中期目标 …), by label, as JSON
    /// (<see cref="Mapping.LabeledTextJson"/>); empty for none.</summary>
    public string Extras { get; set; } = string.Empty;

    /// <summary>The fields the table's source form does not have (<see cref="Domain.Goals.FormFields"/>, stored as
    /// its number); 0 for Jixiao's own form.</summary>
    public Domain.Goals.FormFields FormLacks { get; set; }

    public List<PlanCheckpoint> Checkpoints { get; set; } = [];

    public List<ProjectGoal> Goals { get; set; } = [];

    public List<ProjectIndicator> Indicators { get; set; } = [];

    /// <summary>Who imported this version (user name or OS account).</summary>
    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string SourceFile { get; set; } = string.Empty;

    /// <summary>What changed against the previous version, one DocumentComparer line per change (newline-separated);
    /// "新建" for the first version.</summary>
    public string Changes { get; set; } = string.Empty;
}
