using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Review;

/// <summary>Findings of the latest review of every document of a region's year, filterable like the 审核 page.</summary>
public static class FindingsApi
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", ListAsync).WithSummary("某年度各单位的审核问题，可按规则、严重程度、单位筛选");

    public static async Task<Results<Ok<IReadOnlyList<FindingRow>>, NotFound>> ListAsync(
        CurrentUser currentUser, JixiaoDbContext db, HttpContext http, string? region, int? year, string? rule, Severity? severity, int? unit, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var scope = await ScopeQueries.ResolveAsync(db, user.Access, region, year, ct);
        if (scope is null)
        {
            return TypedResults.NotFound();
        }

        var filter = new FindingFilter(scope.RegionCode, scope.Year) { RuleId = rule, Severity = severity, UnitId = unit, OnlyUnitIds = user.OnlyUnitIds };
        return TypedResults.Ok(await ReviewQueries.ListAsync(db, filter, ct: ct));
    }
}
