namespace Jixiao.Documents.GoalTables;

/// <summary>What became of a column or label in the mapping report.</summary>
public enum MappingKind
{
    /// <summary>Read into a field of the indicator or project.</summary>
    Mapped,

    /// <summary>Kept under its heading (备注, 长期指标值, a column the reader does not know).</summary>
    Extra,

    /// <summary>Not read (序号, a side label).</summary>
    Ignored,
}
