using Jixiao.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Users;

/// <summary>用户管理: every account with its role, units, region and whether it is locked.</summary>
public sealed class IndexModel(JixiaoDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    /// <summary>A clerk's units listed in full up to this many, then "等 N 个单位" (its 修改 page has them all).</summary>
    public const int ListedUnits = 6;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.RegionCode, u.LockoutEnd })
            .ToListAsync(ct);
        var units = (await db.UserUnits.AsNoTracking().OrderBy(x => x.Unit!.Code).Select(x => new { x.UserId, Text = x.Unit!.Code + " " + x.Unit.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Text);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        Users = [.. users.Select(u => new UserRow(u.Id, u.UserName ?? string.Empty, u.DisplayName,
            string.Join("、", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)), [.. units[u.Id]], u.RegionCode ?? string.Empty,
            u.LockoutEnd is { } end && end > now))];
    }
}
