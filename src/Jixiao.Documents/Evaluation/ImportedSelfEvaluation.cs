using Jixiao.Documents.FormReading;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Documents.Evaluation;

/// <summary>One 自评表 read from a file: the form as the unit filled it in, the money unit it was printed in and where
/// that was read, and the rows that were skipped with why.</summary>
public sealed record ImportedSelfEvaluation
{
    public required SelfEvaluation Evaluation { get; init; }

    public required MoneyUnitReading MoneyUnit { get; init; }

    /// <summary>The table in the file ("第 1 个表格", a sheet name).</summary>
    public required string TableName { get; init; }

    public IReadOnlyList<SkippedRow> Skipped { get; init; } = [];
}
