namespace Jixiao.Web.Features.Documents;

/// <summary>One department document in a list: budget total in 万元 as an exact decimal string.</summary>
public sealed record DocumentSummary(int Id, string RegionCode, int Year, string DepartmentCode, string DepartmentName, int ProjectCount, string BudgetWanYuan, string? Grade, decimal? Score);
