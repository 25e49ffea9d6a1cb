using Jixiao.Application.Documents;

namespace Jixiao.Web.Features.Import;

/// <summary>The outcome of importing one file.</summary>
public sealed record ImportedItem(string FileName, ImportResult? Result, string? Error);
