namespace Jixiao.Application.Library;

/// <summary>An approved project of an earlier year like the one being edited, with its indicator rows to copy.</summary>
public sealed record SimilarProject(int ProjectId, int FiscalYear, string Name, string DepartmentName, double Similarity, IReadOnlyList<SimilarRow> Rows);
