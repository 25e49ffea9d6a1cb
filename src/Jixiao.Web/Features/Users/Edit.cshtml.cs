using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Auth;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Users;

/// <summary>修改用户: name, role, units and region; reset the password (set or generated, shown once); lock and
/// unlock. A change of the units alone keeps the user signed in: <see cref="Auth.SessionValidation"/> gives the clerk the
/// new units on its very next request. Every other change renews the security stamp, which ends every session of the
/// user at its next request, whatever its role.
/// An administrator cannot lock or demote their own account (so the system is never left without one). Each change
/// and its audit entries (old → new; a reset records that it happened, never the password) share one transaction.</summary>
public sealed class EditModel(JixiaoDbContext db, UserManager<JixiaoUser> users, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public UserForm Form { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public JixiaoUser Account { get; private set; } = null!;

    public bool Locked { get; private set; }

    public string? Message { get; private set; }

    public string? GeneratedPassword { get; private set; }

    public UserFieldsView Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await FillFormAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        var (unitIds, region) = await UserFormRules.CheckAsync(db, Form, ModelState, ct);
        if (IsSelf && Form.Role != Roles.Admin)
        {
            ModelState.AddModelError("Form.Role", "不能取消自己的管理员角色，请由另一位管理员操作。");
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(ct);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var before = await UserAudit.SnapshotAsync(db, Account, string.Join("、", await users.GetRolesAsync(Account)), ct);
        Account.DisplayName = Form.DisplayName.Trim();
        Account.RegionCode = region;
        await db.Entry(Account).Collection(u => u.Units).LoadAsync(ct);
        Account.Units.RemoveAll(u => !unitIds.Contains(u.UnitId));
        Account.Units.AddRange(unitIds.Where(id => Account.Units.TrueForAll(u => u.UnitId != id)).Select(id => new UserUnit { UserId = Account.Id, UnitId = id }));
        var updated = await users.UpdateAsync(Account);
        var role = updated.Succeeded ? await UserFormRules.SetRoleAsync(users, Account, Form.Role) : updated;
        if (!role.Succeeded)
        {
            UserFormRules.AddErrors(ModelState, role);
            return await PageAsync(ct);
        }

        var after = await UserAudit.SnapshotAsync(db, Account, Form.Role, ct);
        if (!before.Where(f => f.Key != UserAudit.UnitsField).SequenceEqual(after.Where(f => f.Key != UserAudit.UnitsField)))
        {
            await users.UpdateSecurityStampAsync(Account);
        }

        await UserAudit.SaveAsync(db, UserAudit.Changes(AuditRequests.SourceOf(HttpContext, clock), AuditDiff.EditAction, Account.UserName!, before, after), ct);
        await transaction.CommitAsync(ct);
        return Done($"已保存用户 {Account.UserName} 的角色和单位。");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        var generated = string.IsNullOrEmpty(NewPassword);
        var password = generated ? Passwords.Random() : NewPassword!;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(Account);
        var reset = await users.ResetPasswordAsync(Account, token, password);
        if (!reset.Succeeded)
        {
            UserFormRules.AddErrors(ModelState, reset, nameof(NewPassword));
            await FillFormAsync(ct);
            return Page();
        }

        // A reset also ends a lockout caused by failed sign-ins; the user then sets its own password at its next sign-in.
        await PasswordChangeGate.RequireAsync(users, Account);
        await users.ResetAccessFailedCountAsync(Account);
        await users.SetLockoutEndDateAsync(Account, null);
        var source = AuditRequests.SourceOf(HttpContext, clock);
        await UserAudit.SaveAsync(db,
        [
            UserAudit.Entry(source, ResetAction, Account.UserName!, UserAudit.PasswordField, string.Empty, generated ? "已重置（系统生成）" : "已重置（管理员设定）"),
            .. Locked ? [UserAudit.Entry(source, ResetAction, Account.UserName!, UserAudit.StatusField, UserAudit.LockedOut, UserAudit.Active)] : Array.Empty<AuditLogEntry>(),
        ], ct);
        await transaction.CommitAsync(ct);
        GeneratedPassword = generated ? password : null;
        Message = $"已重置用户 {Account.UserName} 的密码。";
        await LoadAsync(ct);
        await FillFormAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostLockAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            ModelState.AddModelError(string.Empty, "不能锁定自己的账号。");
            await FillFormAsync(ct);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.SetLockoutEnabledAsync(Account, true);
        await users.SetLockoutEndDateAsync(Account, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(Account);
        await UserAudit.SaveAsync(db, [UserAudit.Entry(AuditRequests.SourceOf(HttpContext, clock), "锁定", Account.UserName!, UserAudit.StatusField,
            Locked ? UserAudit.LockedOut : UserAudit.Active, UserAudit.LockedOut)], ct);
        await transaction.CommitAsync(ct);
        return Done($"已锁定用户 {Account.UserName}，该用户不能再登录。");
    }

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        await UserAudit.SaveAsync(db, [UserAudit.Entry(AuditRequests.SourceOf(HttpContext, clock), "解锁", Account.UserName!, UserAudit.StatusField,
            Locked ? UserAudit.LockedOut : UserAudit.Active, UserAudit.Active)], ct);
        await transaction.CommitAsync(ct);
        return Done($"已解锁用户 {Account.UserName}。");
    }

    private const string ResetAction = "重置密码";

    private bool IsSelf => Account.UserName == User.Identity?.Name;

    private RedirectToPageResult Done(string message)
    {
        TempData["UserMessage"] = message;
        return RedirectToPage("/Users/Index");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var account = await users.FindByIdAsync(Id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Locked = await users.IsLockedOutAsync(account);
        ct.ThrowIfCancellationRequested();
        return true;
    }

    private async Task FillFormAsync(CancellationToken ct)
    {
        Form = new UserForm
        {
            UserName = Account.UserName ?? string.Empty,
            DisplayName = Account.DisplayName,
            Role = (await users.GetRolesAsync(Account)).FirstOrDefault() ?? Roles.UnitEditor,
            UnitCodes = await db.UserUnits.Where(u => u.UserId == Account.Id).OrderBy(u => u.Unit!.Code).Select(u => u.Unit!.Code).ToListAsync(ct),
            RegionCode = Account.RegionCode ?? string.Empty,
        };
        Fields = await UserFieldsView.LoadAsync(db, Form, ct);
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        Fields = await UserFieldsView.LoadAsync(db, Form, ct);
        return Page();
    }
}
