using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Web.Auth;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Users;

/// <summary>修改密码 for every signed-in user. The sign-in is renewed afterwards, so this session stays while other
/// sessions of the account end at their next security-stamp check. The change is audited (that it happened, never the
/// password) in its transaction.</summary>
public sealed class PasswordModel(UserManager<JixiaoUser> users, SignInManager<JixiaoUser> signIn, JixiaoDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Input.Current.Length == 0)
        {
            ModelState.AddModelError("Input.Current", "请填写当前密码。");
        }

        if (Input.New.Length == 0)
        {
            ModelState.AddModelError("Input.New", "请填写新密码。");
        }
        else if (Input.New != Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", "两次输入的新密码不一致。");
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.Current" : "Input.New", error.Description);
            }

            return Page();
        }

        await UserAudit.SaveAsync(db, [UserAudit.Entry(AuditRequests.SourceOf(HttpContext, clock), "修改密码", user.UserName!, UserAudit.PasswordField, string.Empty, "已修改（本人）")], ct);
        await transaction.CommitAsync(ct);
        await PasswordChangeGate.ClearAsync(users, user);
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        Input = new PasswordInput();
        return Page();
    }
}
