using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Office;

namespace Jixiao.Documents;

/// <summary>Values the user gives when the file itself does not say them (the seed has no title line).</summary>
public sealed record ReadOptions
{
    public static ReadOptions Default { get; } = new();

    /// <summary>File name used in problem locations.</summary>
    public string? FileName { get; init; }

    public int? FiscalYear { get; init; }

    public string? RegionCode { get; init; }

    /// <summary>Taxonomy profile id to assume; detected from the indicator rows when null.</summary>
    public string? TaxonomyProfile { get; init; }

    /// <summary>金额单位 of tables that do not state it ("万元" or "元"); a table's own unit always wins.</summary>
    public string? MoneyUnit { get; init; }

    /// <summary>单位代码 for tables that name their unit without a code.</summary>
    public string? UnitCode { get; init; }

    /// <summary>What the user says a column heading means, by heading key (<see cref="Grid.GridText.Key"/>): a
    /// correction made on the import preview or a saved layout; it wins over the built-in synonyms.</summary>
    public IReadOnlyDictionary<string, GoalColumn> ColumnOverrides { get; init; } = new Dictionary<string, GoalColumn>();

    /// <summary>Name of the saved layout the overrides come from, for the mapping report.</summary>
    public string? LayoutName { get; init; }

    /// <summary>Size limits for Word and Excel files.</summary>
    public OfficeLimits OfficeLimits { get; init; } = OfficeLimits.Default;
}
