using Jixiao.Application.Library;

namespace Jixiao.Web.Features.Library;

/// <summary>The suggestions shown under a 三级指标 input, with the document's taxonomy profile (which 一级/二级 to fill).</summary>
public sealed record SuggestionList(IReadOnlyList<LibraryItem> Items, string Profile);
