using Jixiao.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Account;

/// <summary>退出. Deleting the cookie in this browser is not enough — a copy of it (another tab's device, a stolen one)
/// would still sign in — so the account's security stamp is renewed first: every cookie issued before is refused at
/// its next request (<see cref="Auth.SessionValidation"/>). 退出 therefore ends the account's sessions everywhere.</summary>
public sealed class LogoutModel(SignInManager<JixiaoUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
