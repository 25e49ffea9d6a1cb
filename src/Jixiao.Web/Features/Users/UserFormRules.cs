using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Domain.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Users;

/// <summary>Checks an administrator's user form (Chinese message per field) and applies role, units and region to an
/// account: a 单位填报 needs one or more existing units, all of one region (its region follows), a 审核 may be limited
/// to an existing region, a 管理员 has neither.</summary>
public static class UserFormRules
{
    public static async Task<(IReadOnlyList<int> UnitIds, string? RegionCode)> CheckAsync(JixiaoDbContext db, UserForm form, ModelStateDictionary errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(form.DisplayName))
        {
            errors.AddModelError("Form.DisplayName", "请填写姓名。");
        }
        else if (form.DisplayName.Trim().Length > FieldLimits.DisplayName)
        {
            errors.AddModelError("Form.DisplayName", FieldLimits.TooLong("姓名", form.DisplayName.Trim().Length, FieldLimits.DisplayName));
        }

        if (form.UserName.Trim().Length > FieldLimits.UserName)
        {
            errors.AddModelError("Form.UserName", FieldLimits.TooLong("用户名", form.UserName.Trim().Length, FieldLimits.UserName));
        }

        if (!Roles.All.Contains(form.Role))
        {
            errors.AddModelError("Form.Role", "请选择角色：单位填报、审核或管理员。");
            return ([], null);
        }

        var region = form.RegionCode.Trim();
        if (form.Role == Roles.UnitEditor)
        {
            return await CheckUnitsAsync(db, form, region, errors, ct).ConfigureAwait(false);
        }

        if (form.Role == Roles.Reviewer && region.Length > 0)
        {
            if (!await db.Regions.AnyAsync(r => r.Code == region, ct).ConfigureAwait(false))
            {
                errors.AddModelError("Form.RegionCode", $"没有区划代码为“{region}”的区划。");
            }

            return ([], region);
        }

        return ([], null);
    }

    private static async Task<(IReadOnlyList<int> UnitIds, string? RegionCode)> CheckUnitsAsync(JixiaoDbContext db, UserForm form, string region, ModelStateDictionary errors, CancellationToken ct)
    {
        var codes = form.UnitCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            errors.AddModelError("Form.UnitCodes", "单位填报账号至少要选择一个负责单位。");
            return ([], null);
        }

        var units = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code) && (region.Length == 0 || u.RegionCode == region))
            .Select(u => new { u.Id, u.Code, u.RegionCode }).ToListAsync(ct).ConfigureAwait(false);
        var missing = codes.Where(c => units.All(u => u.Code != c)).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join("、", missing.Select(c => $"“{c}”"));
            errors.AddModelError("Form.UnitCodes", region.Length == 0 ? $"没有单位代码为{names}的单位。" : $"区划 {region} 中没有单位代码为{names}的单位。");
            return ([], null);
        }

        var regions = units.Select(u => u.RegionCode).Distinct(StringComparer.Ordinal).ToList();
        if (regions.Count > 1)
        {
            var ambiguous = codes.Where(c => units.Count(u => u.Code == c) > 1).ToList();
            errors.AddModelError("Form.RegionCode", ambiguous.Count > 0
                ? $"单位代码{string.Join("、", ambiguous.Select(c => $"“{c}”"))}在多个区划中都有，请先选择区划。"
                : $"单位填报账号的单位必须属于同一区划（所选单位分属 {string.Join("、", regions)}）。");
            return ([], null);
        }

        return ([.. units.Select(u => u.Id)], regions[0]);
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
