using Jixiao.Data.Import;

namespace Jixiao.Web.Pages.Import;

/// <summary>The outcome of importing one file.</summary>
public sealed record ImportedItem(string FileName, ImportResult? Result, string? Error);
