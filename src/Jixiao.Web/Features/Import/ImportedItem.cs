using Jixiao.Application.Documents;

namespace Jixiao.Web.Features.Import;

/// <summary>The outcome of importing one file, with where the document now is (region, year, department) for the
/// links after the import.</summary>
public sealed record ImportedItem(string FileName, ImportResult? Result, string? Error)
{
    public string RegionCode { get; init; } = string.Empty;

    public int FiscalYear { get; init; }

    public string DepartmentName { get; init; } = string.Empty;
}
