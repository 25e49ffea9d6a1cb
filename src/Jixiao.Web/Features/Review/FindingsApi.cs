using System.Globalization;
using Jixiao.Application.Dashboard;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Review;

/// <summary>Findings of the latest review of every document of a region's year, filterable like the 审核 page, a page at
/// a time by a cursor (the last finding's id), so that a province's million findings can be read whole.</summary>
public static class FindingsApi
{
    /// <summary>Findings per answer unless <c>limit</c> says otherwise, and the most one answer holds.</summary>
    public const int DefaultLimit = 1000, MaxLimit = 5000;

    /// <summary>The header that carries the cursor of the next page (absent on the last page).</summary>
    public const string NextHeader = "X-Next-After";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", ListAsync).WithSummary("某年度各单位的审核问题，可按规则、严重程度、单位筛选，逐页读取")
            .WithDescription($"按文档、文档内按问题编号（id）从小到大返回，每次最多 limit 条（默认 {DefaultLimit}，最多 {MaxLimit}）。"
                + $"还有下一页时，响应头 {NextHeader} 给出本页最后一条的编号，Link 头（rel=\"next\"）给出下一页的地址；"
                + "把它作为 after 参数再请求，直到响应没有这两个头为止，即可逐页读完全部问题，每条只出现一次。");

    public static async Task<Results<Ok<IReadOnlyList<FindingRow>>, NotFound, ProblemHttpResult>> ListAsync(
        CurrentUser currentUser, JixiaoDbContext db, ReviewSummaryCache summaries, HttpContext http, string? region, int? year, string? rule, Severity? severity,
        int? unit, long? after, int? limit, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var scope = await ScopeQueries.ResolveAsync(db, user.Access, region, year, ct);
        if (scope is null)
        {
            return TypedResults.NotFound();
        }

        var take = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
        var filter = new FindingFilter(scope.RegionCode, scope.Year) { RuleId = rule, Severity = severity, UnitId = unit, OnlyUnitIds = user.OnlyUnitIds };
        var stamp = await DashboardSummaries.YearStampAsync(db, scope.RegionCode, scope.Year, ct);
        var summary = await summaries.SummaryAsync(db, filter, stamp, ct);
        if (await ReviewList.AfterAsync(db, filter, summary, after ?? 0, take, ct) is not { } rows)
        {
            return TypedResults.Problem(detail: $"after 参数“{after}”不是本次筛选结果中的问题编号（或该文档已重新审核）。请从第一页重新读取（去掉 after 参数）。",
                statusCode: StatusCodes.Status400BadRequest, title: "请求无效");
        }

        if (rows.Count == take)
        {
            var cursor = rows[^1].Id.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers[NextHeader] = cursor;
            var query = http.Request.Query.Where(q => q.Key is not ("after" or "region" or "year"))
                .Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value.ToString()))
                .Prepend("year=" + scope.Year.ToString(CultureInfo.InvariantCulture)).Prepend("region=" + Uri.EscapeDataString(scope.RegionCode))
                .Append("after=" + cursor);
            http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}?{string.Join('&', query)}>; rel=\"next\"";
        }

        return TypedResults.Ok(rows);
    }
}
