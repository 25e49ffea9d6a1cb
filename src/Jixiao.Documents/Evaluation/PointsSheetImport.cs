using Jixiao.Domain.Evaluation;

namespace Jixiao.Documents.Evaluation;

/// <summary>What a file held: every 部门整体支出绩效自评表 read by its printed points, in order.</summary>
public sealed record PointsSheetImport(string FileName, IReadOnlyList<PointsSheet> Sheets);
