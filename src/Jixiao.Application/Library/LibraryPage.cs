namespace Jixiao.Application.Library;

/// <summary>One page of the library list, with the total matched and the 一级/二级 names to filter by.</summary>
public sealed record LibraryPage(IReadOnlyList<LibraryItem> Items, int Total, int Page, int PageSize, IReadOnlyList<string> Level1s, IReadOnlyList<string> Level2s);
