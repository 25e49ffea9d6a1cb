using Jixiao.Data;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Users;

/// <summary>Checks an administrator's user form (Chinese message per field) and applies role, unit and region to an
/// account: a 单位填报 needs an existing unit (its region follows), a 审核 may be limited to an existing region, a
/// 管理员 has neither.</summary>
public static class UserFormRules
{
    public static async Task<(int? UnitId, string? RegionCode)> CheckAsync(JixiaoDbContext db, UserForm form, ModelStateDictionary errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(form.DisplayName))
        {
            errors.AddModelError("Form.DisplayName", "请填写姓名。");
        }

        if (!Roles.All.Contains(form.Role))
        {
            errors.AddModelError("Form.Role", "请选择角色：单位填报、审核或管理员。");
            return (null, null);
        }

        var region = form.RegionCode.Trim();
        if (form.Role == Roles.UnitEditor)
        {
            var code = form.UnitCode.Trim();
            if (code.Length == 0)
            {
                errors.AddModelError("Form.UnitCode", "单位填报账号必须指定所属单位（单位代码）。");
                return (null, null);
            }

            var units = await db.Units.AsNoTracking().Where(u => u.Code == code && (region.Length == 0 || u.RegionCode == region))
                .Select(u => new { u.Id, u.RegionCode }).Take(2).ToListAsync(ct).ConfigureAwait(false);
            if (units.Count == 0)
            {
                errors.AddModelError("Form.UnitCode", region.Length == 0 ? $"没有单位代码为“{code}”的单位。" : $"区划 {region} 中没有单位代码为“{code}”的单位。");
                return (null, null);
            }

            if (units.Count > 1)
            {
                errors.AddModelError("Form.RegionCode", $"单位代码“{code}”在多个区划中都有，请同时填写区划代码。");
                return (null, null);
            }

            return (units[0].Id, units[0].RegionCode);
        }

        if (form.Role == Roles.Reviewer && region.Length > 0)
        {
            if (!await db.Regions.AnyAsync(r => r.Code == region, ct).ConfigureAwait(false))
            {
                errors.AddModelError("Form.RegionCode", $"没有区划代码为“{region}”的区划。");
            }

            return (null, region);
        }

        return (null, null);
    }

    /// <summary>Sets the one role of <paramref name="form"/>, removing the others.</summary>
    public static async Task<IdentityResult> SetRoleAsync(UserManager<JixiaoUser> users, JixiaoUser user, string role)
    {
        var current = await users.GetRolesAsync(user).ConfigureAwait(false);
        var removed = await users.RemoveFromRolesAsync(user, current.Where(r => r != role)).ConfigureAwait(false);
        if (!removed.Succeeded || current.Contains(role))
        {
            return removed;
        }

        return await users.AddToRoleAsync(user, role).ConfigureAwait(false);
    }

    public static void AddErrors(ModelStateDictionary errors, IdentityResult result, string key = "")
    {
        foreach (var error in result.Errors)
        {
            errors.AddModelError(key, error.Description);
        }
    }
}
