using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Account;

/// <summary>Our own Chinese login page (the default Identity UI is English). Failed attempts count towards
/// lockout. Every attempt, failed ones included, is written to the audit trail with the IP address.</summary>
public sealed class LoginModel(SignInManager<JixiaoUser> signIn, JixiaoDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        var result = await signIn.PasswordSignInAsync(userName, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        await AuditLog.RecordAsync(db, [AuditDiff.ForLogin(userName, AuditRequests.IpOf(HttpContext), time.GetUtcNow(), result.Succeeded)]);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "登录失败次数过多，账号已被暂时锁定，请 15 分钟后再试或联系管理员。"
            : result.IsNotAllowed ? "该账号当前不允许登录，请联系管理员。" : "用户名或密码不正确。");
        return Page();
    }
}
