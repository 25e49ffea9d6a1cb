namespace Jixiao.Documents.GoalTables;

/// <summary>What building one project's indicators reports back: notes for the mapping report, warnings with their
/// place, and the columns as finally read.</summary>
internal sealed class BuildContext(Action<string, int, string> warn, string? profile)
{
    public List<string> Notes { get; } = [];

    public IReadOnlyList<ColumnMapping> Columns { get; set; } = [];

    /// <summary>The taxonomy profile the user chose, for inferring 一级指标.</summary>
    public string? Profile { get; } = profile;

    /// <summary>True when the block was read one level down (二级 names in its 一级 column): set by the build, so a
    /// part of the same table after a page break follows the table's decision.</summary>
    public bool LevelsShifted { get; set; }

    public void Warn(string place, int line, string message) => warn(place, line, message);
}
