using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Goals;

namespace Jixiao.Application.Documents;

/// <summary>One department document of a region's year: its current projects' count and budget, and its latest
/// review's grade and score (null when never reviewed).</summary>
public sealed record DocumentListItem(DepartmentDocument Document, int ProjectCount, Money Budget, Grade? Grade, decimal? Score);
