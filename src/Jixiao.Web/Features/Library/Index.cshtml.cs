using Jixiao.Application;
using Jixiao.Application.Library;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Domain.Library;
using Jixiao.Web.Charts;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Library;

/// <summary>指标库: search and filter a region's library (or the national base), a box plot of each indicator's targets,
/// the details of one indicator with its targets by year, and curation for 管理员 and the region's 审核; export and
/// import of the curation; the edit form's suggestions (<see cref="OnGetSuggestAsync"/>).</summary>
public sealed class IndexModel(CurrentUser currentUser, JixiaoDbContext db, LibraryService library, LibraryTransfer transfer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Q { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Level1 { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Level2 { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Department { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The indicator whose details are shown (its key).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    public string RegionCode { get; private set; } = LibraryAggregator.National;

    public IReadOnlyList<(string Code, string Name)> Regions { get; private set; } = [];

    public LibraryPage Result { get; private set; } = new([], 0, 1, 50, [], []);

    public LibraryItem? Selected { get; private set; }

    public bool CanCurate { get; private set; }

    public bool CanBuild { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The scale the list's box plots share: the least and greatest target shown, per unit.</summary>
    public string BoxPlot(LibraryItem item)
    {
        if (item.Entry.MainUnit is not { Distribution: { } d } u)
        {
            return string.Empty;
        }

        var same = Result.Items.Select(i => i.Entry.MainUnit).Where(m => m?.Unit == u.Unit && m.Distribution is not null).Select(m => m!.Distribution!).ToList();
        return SvgBoxPlot.Render($"{item.Entry.Name}：最小 {LibraryItem.Number(d.Min)}，下四分位 {LibraryItem.Number(d.Q1)}，中位数 {LibraryItem.Number(d.Median)}，上四分位 {LibraryItem.Number(d.Q3)}，最大 {LibraryItem.Number(d.Max)}{u.Unit}",
            d.Min, d.Q1, d.Median, d.Q3, d.Max, same.Min(x => x.Min), same.Max(x => x.Max));
    }

    /// <summary>Median target per year of the selected indicator's main unit, as the app's bar chart.</summary>
    public string YearChart()
    {
        if (Selected?.Entry.MainUnit is not { ByYear.Count: > 0 } u)
        {
            return string.Empty;
        }

        return SvgCharts.HorizontalBars($"各年度指标值中位数（{u.Unit}）",
            [.. u.ByYear.Select(y => new ChartBar($"{y.Year}年（{y.Distribution.Count}个）", y.Distribution.Median, $"{LibraryItem.Number(y.Distribution.Median)}{u.Unit}"))]);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The response header that names the text a list of suggestions answers (read by library.js).</summary>
    public const string SuggestQueryHeader = "X-Suggest-Query";

    public async Task<IActionResult> OnGetSuggestAsync(string? q, string? level2, string? project, string? region, string? department, string? profile, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var code = region ?? string.Empty;
        if (!user.Can(Operation.Read, Resource.Library(code)))
        {
            return Forbid();
        }

        var items = await library.SuggestAsync(code, new SuggestionContext(q ?? string.Empty, level2 ?? string.Empty, project ?? string.Empty, department ?? string.Empty), 8, ct);
        // The text these suggestions answer (escaped: a header is ASCII): the form drops an answer whose text is no longer
        // the field's, so the list never shows the suggestions of what was typed before.
        Response.Headers[SuggestQueryHeader] = Uri.EscapeDataString(q ?? string.Empty);
        return Partial("_Suggestions", new SuggestionList(items, profile ?? "A"));
    }

    public async Task<IActionResult> OnPostCurateAsync(bool recommended, bool retired, string? mergedInto, string? notes, string? recommendedBasis, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var (kind, message) = await library.CurateAsync(new CurationInput(Region ?? string.Empty, Key ?? string.Empty, recommended, retired,
            mergedInto ?? string.Empty, notes ?? string.Empty, recommendedBasis ?? string.Empty), AuditRequests.ActorOf(HttpContext), user.Access, ct);
        Response.StatusCode = kind.HttpStatus();
        Message = message;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostBuildAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.Can(Operation.Administer, Resource.Library(LibraryAggregator.National)))
        {
            return Forbid();
        }

        var result = await library.BuildAsync(ct);
        Message = $"已重新生成指标库：读取指标 {result.Rows:N0} 行，{result.Entries:N0} 个指标，用时 {result.Total.TotalSeconds:0.0} 秒。";
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        await LoadAsync(ct);
        var name = RegionCode.Length == 0 ? "全国基础指标库" : $"{RegionCode}指标库";
        return format == "json"
            ? File(System.Text.Encoding.UTF8.GetBytes(await transfer.ExportJsonAsync(RegionCode, ct)), "application/json", name + ".json")
            : File(await transfer.ExportXlsxAsync(RegionCode, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        if (file is null || file.Length == 0)
        {
            Message = "请选择要导入的指标库文件（.xlsx 或 .json）。";
        }
        else
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            var result = await transfer.ImportAsync(Region ?? string.Empty, file.FileName, stream.ToArray(), AuditRequests.ActorOf(HttpContext), user.Access, ct);
            Response.StatusCode = result.Kind.HttpStatus();
            Message = result.Message;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // Model binding turns an empty query value (…&Q=&…) into null, whatever the property's default.
        Q ??= string.Empty;
        Level1 ??= string.Empty;
        Level2 ??= string.Empty;
        Department ??= string.Empty;
        var user = await currentUser.GetAsync(ct);
        var scope = await ScopeQueries.ResolveAsync(db, user.Access, Region, null, ct);
        Regions = scope?.Regions ?? [];
        // "" is the national base; a region the user may not read falls back to the national base.
        RegionCode = Region is { } r && user.Can(Operation.Read, Resource.Library(r)) ? r : scope?.RegionCode ?? LibraryAggregator.National;
        Region = RegionCode;
        Result = await library.ListAsync(new LibraryFilter(RegionCode, Q, Level1, Level2, Department.Trim(), Page: PageNumber), ct);
        Selected = Key is { Length: > 0 } key ? (await library.SnapshotAsync(RegionCode, ct)).Find(IndicatorNames.Key(key)) : null;
        CanCurate = LibraryService.CurationRefusal(user.Access, RegionCode) is null;
        CanBuild = user.Can(Operation.Administer, Resource.Library(LibraryAggregator.National));
    }
}
