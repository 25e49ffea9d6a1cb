using System.Text;

namespace Jixiao.Documents;

public enum ProblemSeverity
{
    /// <summary>The file can be read but something was repaired or looks odd.</summary>
    Warning,

    /// <summary>Part of the file cannot be read; nothing may be imported from it.</summary>
    Error,
}

/// <summary>
/// Something a reader could not read, with where it is (file, line or sheet/row/cell, table) and what was
/// expected, in words a finance clerk can act on.
/// </summary>
public sealed record ReadProblem(ProblemSeverity Severity, string Message)
{
    public string? File { get; init; }

    /// <summary>1-based line of a text file.</summary>
    public int? Line { get; init; }

    /// <summary>1-based number of the project table in Part 2.</summary>
    public int? TableNumber { get; init; }

    public string? TableName { get; init; }

    /// <summary>Worksheet of an Excel file.</summary>
    public string? Sheet { get; init; }

    /// <summary>Cell reference ("B7") or field label ("预算数").</summary>
    public string? Cell { get; init; }

    public string Location
    {
        get
        {
            var parts = new List<string>();
            if (File is not null)
            {
                parts.Add($"文件 {File}");
            }

            if (Sheet is not null)
            {
                parts.Add($"工作表「{Sheet}」");
            }

            if (TableNumber is not null || TableName is not null)
            {
                parts.Add(TableNumber is null ? $"《{TableName}》" : $"第 {TableNumber} 张表《{TableName}》");
            }

            if (Line is not null)
            {
                parts.Add($"第 {Line} 行");
            }

            if (Cell is not null)
            {
                parts.Add($"“{Cell}”");
            }

            return string.Join("，", parts);
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder(Severity == ProblemSeverity.Error ? "错误" : "提示");
        var location = Location;
        if (location.Length > 0)
        {
            sb.Append('（').Append(location).Append('）');
        }

        return sb.Append('：').Append(Message).ToString();
    }
}
