using Jixiao.Application.Library;
using Jixiao.Application.Users;
using Jixiao.Domain.Library;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Library;

/// <summary>/api/v1/indicators: the indicator library (region "" or none: the national base) — list, suggest, one
/// indicator's details, curation (管理员, 审核 of the region) and a rebuild (管理员).</summary>
public static class IndicatorsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("指标库列表，可按名称、一级/二级指标、部门筛选");
        group.MapGet("/suggest", SuggestAsync).WithSummary("填写三级指标时的建议（按二级指标、项目名称、部门排序）");
        group.MapGet("/{key}", GetAsync).WithSummary("一个指标的详情：写法、单位与方向、指标值分布（按年度）、依据、审核发现、使用部门");
        group.MapPut("/{key}/curation", CurateAsync).WithSummary("维护一个指标：推荐、停用、合并、推荐依据、备注");
        group.MapPost("/build", BuildAsync).WithSummary("由已批复的表重新生成指标库（管理员）");
    }

    public static async Task<Results<Ok<IReadOnlyList<IndicatorSummary>>, ForbidHttpResult>> ListAsync(CurrentUser currentUser, LibraryService library,
        string? region, string? q, string? level1, string? level2, string? department, int? page, CancellationToken ct)
    {
        if (await RefusedAsync(currentUser, region, ct))
        {
            return TypedResults.Forbid();
        }

        var result = await library.ListAsync(new LibraryFilter(region ?? string.Empty, q ?? string.Empty, level1 ?? string.Empty, level2 ?? string.Empty,
            department ?? string.Empty, Page: page ?? 1), ct);
        return TypedResults.Ok<IReadOnlyList<IndicatorSummary>>([.. result.Items.Select(IndicatorSummary.Of)]);
    }

    public static async Task<Results<Ok<IReadOnlyList<IndicatorSummary>>, ForbidHttpResult>> SuggestAsync(CurrentUser currentUser, LibraryService library,
        string? region, string? q, string? level2, string? project, string? department, CancellationToken ct)
    {
        if (await RefusedAsync(currentUser, region, ct))
        {
            return TypedResults.Forbid();
        }

        var items = await library.SuggestAsync(region ?? string.Empty, new SuggestionContext(q ?? string.Empty, level2 ?? string.Empty, project ?? string.Empty,
            department ?? string.Empty), 10, ct);
        return TypedResults.Ok<IReadOnlyList<IndicatorSummary>>([.. items.Select(IndicatorSummary.Of)]);
    }

    public static async Task<Results<Ok<LibraryEntry>, NotFound, ForbidHttpResult>> GetAsync(CurrentUser currentUser, LibraryService library, string key,
        string? region, CancellationToken ct)
    {
        if (await RefusedAsync(currentUser, region, ct))
        {
            return TypedResults.Forbid();
        }

        return await library.FindAsync(region ?? string.Empty, key, ct) is { } item ? TypedResults.Ok(item.Entry) : TypedResults.NotFound();
    }

    public static async Task<IResult> CurateAsync(HttpContext http, CurrentUser currentUser, LibraryService library, string key, string? region, CurationBody body, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var (kind, message) = await library.CurateAsync(new CurationInput(region ?? string.Empty, key, body.Recommended, body.Retired, body.MergedInto ?? string.Empty,
            body.Notes ?? string.Empty, body.RecommendedBasis ?? string.Empty, body.Name ?? string.Empty, body.Level1 ?? string.Empty, body.Level2 ?? string.Empty,
            body.Unit ?? string.Empty), AuditRequests.ActorOf(http), user.Access, ct);
        return kind == Application.OutcomeKind.Done
            ? TypedResults.Ok(new { message })
            : TypedResults.Problem(title: message, statusCode: kind.HttpStatus());
    }

    public static async Task<Results<Ok<LibraryBuildResult>, ForbidHttpResult>> BuildAsync(CurrentUser currentUser, LibraryService library, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        return user.Can(Operation.Administer, Resource.Library(LibraryAggregator.National)) ? TypedResults.Ok(await library.BuildAsync(ct)) : TypedResults.Forbid();
    }

    /// <summary>A region's library is read by those who read the region; the national base by everyone signed in.</summary>
    private static async Task<bool> RefusedAsync(CurrentUser currentUser, string? region, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        return !user.Can(Operation.Read, Resource.Library(region ?? string.Empty));
    }
}
