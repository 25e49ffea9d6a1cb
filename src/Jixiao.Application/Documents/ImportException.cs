namespace Jixiao.Application.Documents;

/// <summary>A document that cannot be stored as it is (no year, duplicate project codes …, or under review and so
/// locked: <see cref="IsLocked"/>); nothing was written. Besides the message it carries where the problem is (file,
/// table, row, cell, as far as known) and what the user can do, so the web app and the API can show them apart.</summary>
public sealed class ImportException(string message, bool isLocked = false, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The document is submitted, approved or published: its content may not change (docs/workflow.md §3).</summary>
    public bool IsLocked { get; } = isLocked;

    /// <summary>The user may not make this change (another unit's project): answered as forbidden, not as a bad file.</summary>
    public bool IsRefused { get; init; }

    /// <summary>The import would remove projects or empty Part 1 and the caller did not consent: a conflict with what
    /// is stored, answered 409 with the list of what would go.</summary>
    public bool IsRemoval { get; init; }

    /// <summary>The imported file's name; empty when not known (e.g. a form save).</summary>
    public string FileName { get; init; } = string.Empty;

    /// <summary>The project table's place in the document (第 N 张项目表), when the problem is in one table.</summary>
    public int? Table { get; init; }

    /// <summary>The project name of that table.</summary>
    public string TableName { get; init; } = string.Empty;

    /// <summary>The indicator row (第 N 行指标), when the problem is in one row.</summary>
    public int? Row { get; init; }

    /// <summary>The cell's label (项目编码, 单位代码 …), when the problem is in one cell.</summary>
    public string Cell { get; init; } = string.Empty;

    /// <summary>What the user can do about it, in Chinese.</summary>
    public string Advice { get; init; } = string.Empty;

    /// <summary>The message followed by the advice (once, if the message does not already end with it).</summary>
    public string Explanation => Advice.Length == 0 || Message.EndsWith(Advice, StringComparison.Ordinal) ? Message : Message + Advice;

    /// <summary>The same problem, now naming the file it came from.</summary>
    public ImportException InFile(string fileName) => new(Message, IsLocked, this)
    {
        FileName = fileName, IsRefused = IsRefused, IsRemoval = IsRemoval, Table = Table, TableName = TableName, Row = Row, Cell = Cell, Advice = Advice,
    };
}
