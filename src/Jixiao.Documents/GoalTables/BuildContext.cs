namespace Jixiao.Documents.GoalTables;

/// <summary>What building one project's indicators reports back: notes for the mapping report, warnings with their
/// place, and the columns as finally read.</summary>
internal sealed class BuildContext(Action<string, int, string> warn, string? profile)
{
    public List<string> Notes { get; } = [];

    public IReadOnlyList<ColumnMapping> Columns { get; set; } = [];

    /// <summary>The taxonomy profile the user chose, for inferring 一级指标.</summary>
    public string? Profile { get; } = profile;

    public void Warn(string place, int line, string message) => warn(place, line, message);
}
