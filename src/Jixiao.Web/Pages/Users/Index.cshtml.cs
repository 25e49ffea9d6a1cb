using Jixiao.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Users;

/// <summary>用户管理: every account with its role, unit, region and whether it is locked.</summary>
public sealed class IndexModel(JixiaoDbContext db, TimeProvider time) : AdminPageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.RegionCode, u.LockoutEnd, Unit = db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Code + " " + x.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        Users = [.. users.Select(u => new UserRow(u.Id, u.UserName ?? string.Empty, u.DisplayName,
            string.Join("、", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)), u.Unit ?? string.Empty, u.RegionCode ?? string.Empty,
            u.LockoutEnd is { } end && end > now))];
    }
}
