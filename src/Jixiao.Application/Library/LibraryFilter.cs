namespace Jixiao.Application.Library;

/// <summary>The library page's and API's filters: text in the name, 一级/二级, a department code, a page.</summary>
public sealed record LibraryFilter(string RegionCode, string Text = "", string Level1 = "", string Level2 = "", string Department = "",
    bool OnlyCurated = false, int Page = 1, int PageSize = 50);
