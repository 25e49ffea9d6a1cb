using Jixiao.Domain.Goals;

namespace Jixiao.Data.Entities;

/// <summary>
/// One indicator row of a project version. <see cref="TargetText"/> is the 指标值 exactly as written; the parsed
/// parts (kind, comparator, number, unit) are stored beside it so the review, monitoring and dashboards can
/// query them in SQL.
/// </summary>
public class ProjectIndicator
{
    public long VersionId { get; set; }

    /// <summary>1-based row in the table.</summary>
    public int Row { get; set; }

    public string Level1 { get; set; } = string.Empty;

    public string Level2 { get; set; } = string.Empty;

    /// <summary>三级指标.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>绩效指标描述.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>指标值 as written.</summary>
    public string TargetText { get; set; } = string.Empty;

    public TargetKind TargetKind { get; set; }

    /// <summary>Null unless the target is quantitative.</summary>
    public Comparator? TargetComparator { get; set; }

    public bool TargetComparatorWritten { get; set; }

    public decimal? TargetNumber { get; set; }

    /// <summary>The unit as written ("百分比", "%", "个").</summary>
    public string TargetUnit { get; set; } = string.Empty;

    /// <summary>指标值确定依据.</summary>
    public string TargetBasis { get; set; } = string.Empty;

    /// <summary>分值/权重 of the row, when the table gives one (summed and checked in SQL).</summary>
    public decimal? Weight { get; set; }

    /// <summary>评分标准 of the row by heading, as JSON (<see cref="Mapping.LabeledTextJson"/>); empty for none.</summary>
    public string Standards { get; set; } = string.Empty;

    /// <summary>Other columns of the row by heading (备注, 长期指标值 …), as JSON; empty for none.</summary>
    public string Extras { get; set; } = string.Empty;
}
