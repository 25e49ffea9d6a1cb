using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Jixiao.Web.Auth;

namespace Jixiao.Web.Features.Account;

/// <summary>Our own Chinese login page (the default Identity UI is English). Failed attempts count towards
/// lockout, for names that exist and names that do not alike (<see cref="LoginGuard"/>), and the answers are the same
/// for both. Posts are rate-limited per address (<see cref="LoginRateLimit"/>). Sign-ins and the first and every fifth
/// failure of a run are written to the audit trail with the IP address.</summary>
public sealed class LoginModel(SignInManager<JixiaoUser> signIn, LoginGuard guard, JixiaoDbContext db, TimeProvider time) : PageModel
{
    private const string LockedOut = "登录失败次数过多，账号已被暂时锁定，请 15 分钟后再试或联系管理员。";

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
        var result = guard.IsBlocked(userName)
            ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut
            : await signIn.PasswordSignInAsync(userName, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        var ip = AuditRequests.IpOf(HttpContext);
        if (result.Succeeded)
        {
            guard.Reset(userName);
            // The role the user signs in with, so a reader of the log sees who had which powers.
            var user = await signIn.UserManager.FindByNameAsync(userName);
            var role = user is null ? string.Empty : string.Join("、", await signIn.UserManager.GetRolesAsync(user));
            await AuditLog.RecordAsync(db, [AuditDiff.ForLogin(userName, ip, time.GetUtcNow(), succeeded: true) with { Role = role }]);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        var failures = guard.RecordFailure(userName);
        if (LoginGuard.IsAudited(failures))
        {
            await AuditLog.RecordAsync(db, [AuditDiff.ForLogin(userName, ip, time.GetUtcNow(), succeeded: false) with
            {
                NewValue = failures == 1 ? string.Empty : $"15 分钟内第 {failures} 次失败（其间的失败未逐条记录）",
            }]);
        }

        // An account that is not allowed to sign in is answered like a wrong password: the page does not tell which
        // names exist or what state they are in.
        ModelState.AddModelError(string.Empty, result.IsLockedOut || failures >= LoginGuard.MaxFailures ? LockedOut : "用户名或密码不正确。");
        return Page();
    }
}
